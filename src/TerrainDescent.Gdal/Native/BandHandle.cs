namespace TerrainDescent.Gdal.Native;

/// <summary>
/// A <c>GDALRasterBandH</c>, which its dataset owns: disposing it frees nothing but lets the dataset close.
/// </summary>
internal sealed class BandHandle : GdalHandle
{
    /// <summary>Borrows <paramref name="handle"/> from <paramref name="dataset"/>, which stays open meanwhile.</summary>
    public BandHandle(IntPtr handle, DatasetHandle dataset)
        : base(handle, dataset)
    {
    }

    /// <inheritdoc />
    protected override void Free(IntPtr handle)
    {
    }
}
