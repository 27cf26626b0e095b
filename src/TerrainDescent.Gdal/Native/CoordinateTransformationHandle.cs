namespace TerrainDescent.Gdal.Native;

/// <summary>An owned <c>OGRCoordinateTransformationH</c>, destroyed exactly once.</summary>
internal sealed class CoordinateTransformationHandle : GdalHandle
{
    /// <summary>An invalid handle, for the interop marshaller to fill.</summary>
    public CoordinateTransformationHandle()
    {
    }

    /// <inheritdoc />
    protected override void Free(IntPtr handle) => GdalNative.OCTDestroyCoordinateTransformation(handle);
}
