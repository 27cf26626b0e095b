namespace TerrainDescent.Gdal.Native;

/// <summary>
/// An owned <c>OGRFeatureH</c>, destroyed exactly once with <c>OGR_F_Destroy</c>; it keeps its layer (and so the
/// data source, whose definitions it refers to) alive until then.
/// </summary>
internal sealed class FeatureHandle : GdalHandle
{
    /// <summary>Takes ownership of <paramref name="handle"/>, read from <paramref name="layer"/>.</summary>
    public FeatureHandle(IntPtr handle, LayerHandle layer)
        : base(handle, layer)
    {
    }

    /// <summary>The feature's geometry, which the feature owns; invalid when it has none.</summary>
    public GeometryHandle Geometry() => GeometryHandle.Borrow(GdalNative.OGR_F_GetGeometryRef(this), this);

    /// <inheritdoc />
    protected override void Free(IntPtr handle) => GdalNative.OGR_F_Destroy(handle);
}
