using Microsoft.Win32.SafeHandles;

namespace TerrainDescent.Gdal.Native;

/// <summary>
/// An owned <c>OGRCoordinateTransformationH</c>: destroyed exactly once, when the handle is disposed or finalised,
/// however often <see cref="IDisposable.Dispose"/> is called.
/// </summary>
internal sealed class CoordinateTransformationHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary>Takes ownership of <paramref name="handle"/> (zero makes an invalid handle that frees nothing).</summary>
    public CoordinateTransformationHandle(IntPtr handle)
        : base(ownsHandle: true) => SetHandle(handle);

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        GdalNative.OCTDestroyCoordinateTransformation(handle);
        return true;
    }
}
