namespace TerrainDescent.Gdal.Native;

/// <summary>
/// An owned <c>VSILFILE*</c>, closed exactly once with <c>VSIFCloseL</c>. A writer closes it with
/// <see cref="CloseChecked"/>, which reports a failed flush.
/// </summary>
internal sealed class VsiFileHandle : GdalHandle
{
    private int _closeResult;

    /// <summary>An invalid handle, for the interop marshaller to fill.</summary>
    public VsiFileHandle()
    {
    }

    /// <summary>Closes the file now; false when GDAL could not flush it (a later Dispose does nothing).</summary>
    public bool CloseChecked()
    {
        Dispose();
        return _closeResult == 0;
    }

    /// <inheritdoc />
    protected override void Free(IntPtr handle) => _closeResult = GdalNative.VSIFCloseL(handle);
}
