namespace TerrainDescent.Gdal.Native;

/// <summary>Owned <c>GDALVectorTranslateOptions</c>, freed exactly once with <c>GDALVectorTranslateOptionsFree</c>.</summary>
internal sealed class VectorTranslateOptionsHandle : GdalHandle
{
    /// <summary>An invalid handle, for the interop marshaller to fill.</summary>
    public VectorTranslateOptionsHandle()
    {
    }

    /// <inheritdoc />
    protected override void Free(IntPtr handle) => GdalNative.GDALVectorTranslateOptionsFree(handle);
}
