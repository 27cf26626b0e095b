namespace TerrainDescent.Gdal.Native;

/// <summary>An owned <c>OGRSpatialReferenceH</c> (from <c>OSRNewSpatialReference</c>), destroyed exactly once.</summary>
internal sealed class SpatialReferenceHandle : GdalHandle
{
    /// <summary>An invalid handle, for the interop marshaller to fill.</summary>
    public SpatialReferenceHandle()
    {
    }

    /// <inheritdoc />
    protected override void Free(IntPtr handle) => GdalNative.OSRDestroySpatialReference(handle);
}
