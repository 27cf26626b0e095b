namespace TerrainDescent.Gdal.Native;

/// <summary>
/// An owned <c>GDALDatasetH</c> (a raster or an OGR data source), closed exactly once with <c>GDALClose</c>, after
/// the last band or layer borrowed from it is disposed.
/// </summary>
internal sealed class DatasetHandle : GdalHandle
{
    /// <summary>An invalid handle, for the interop marshaller to fill.</summary>
    public DatasetHandle()
    {
    }

    /// <summary>Band <paramref name="bandNumber"/> (1-based); invalid when the dataset has no such band.</summary>
    public BandHandle Band(int bandNumber) => new(GdalNative.GDALGetRasterBand(this, bandNumber), this);

    /// <summary>Layer <paramref name="index"/> (0-based); invalid when there is no such layer.</summary>
    public LayerHandle Layer(int index) => new(GdalNative.GDALDatasetGetLayer(this, index), this);

    /// <summary>The layer named <paramref name="name"/>; invalid when there is none.</summary>
    public LayerHandle Layer(string name) => new(GdalNative.GDALDatasetGetLayerByName(this, name), this);

    /// <summary>
    /// Closes the dataset now, which flushes what a writer wrote; false when GDAL reported a failure while closing
    /// (GDAL 3.6's <c>GDALClose</c> returns nothing, so its error state tells). A later Dispose does nothing.
    /// </summary>
    public bool CloseChecked()
    {
        GdalNative.CPLErrorReset();
        Dispose();
        return GdalNative.CPLGetLastErrorType() < GdalNative.CE_Failure;
    }

    /// <inheritdoc />
    protected override void Free(IntPtr handle) => GdalNative.GDALClose(handle);
}
