namespace TerrainDescent.Gdal.Native;

/// <summary>
/// An <c>OGRLayerH</c>, which its data source owns: disposing it frees nothing but lets the data source close.
/// </summary>
internal sealed class LayerHandle : GdalHandle
{
    /// <summary>Borrows <paramref name="handle"/> from <paramref name="dataset"/>, which stays open meanwhile.</summary>
    public LayerHandle(IntPtr handle, DatasetHandle dataset)
        : base(handle, dataset)
    {
    }

    /// <summary>The next feature, owned by the caller; invalid at the end of the layer (or on a read error).</summary>
    public FeatureHandle NextFeature() => new(GdalNative.OGR_L_GetNextFeature(this), this);

    /// <inheritdoc />
    protected override void Free(IntPtr handle)
    {
    }
}
