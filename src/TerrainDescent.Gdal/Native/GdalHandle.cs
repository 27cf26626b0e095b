using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace TerrainDescent.Gdal.Native;

/// <summary>
/// A GDAL handle that is released exactly once, when disposed or finalised, however often
/// <see cref="IDisposable.Dispose"/> is called. A handle GDAL lends out (a band of a dataset, a layer, a feature's
/// geometry) holds a reference on the handle it came from, so that owner is not freed while the loan is in use: the
/// owner's own release waits until every handle borrowed from it has been disposed.
/// </summary>
internal abstract class GdalHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private SafeHandle? _owner;

    /// <summary>An invalid handle, for the interop marshaller to fill with a handle GDAL returns.</summary>
    protected GdalHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>
    /// Wraps <paramref name="handle"/>, keeping <paramref name="owner"/> alive until this is released; zero makes an
    /// invalid handle that frees nothing and holds nothing.
    /// </summary>
    protected GdalHandle(IntPtr handle, SafeHandle? owner)
        : base(ownsHandle: true)
    {
        if (handle != IntPtr.Zero && owner is not null)
        {
            var added = false;
            owner.DangerousAddRef(ref added);
            _owner = owner;
        }

        SetHandle(handle);
    }

    /// <inheritdoc />
    protected sealed override bool ReleaseHandle()
    {
        Free(handle);
        Interlocked.Exchange(ref _owner, null)?.DangerousRelease();
        return true;
    }

    /// <summary>Frees <paramref name="handle"/> with GDAL's matching destructor; nothing for a borrowed handle.</summary>
    protected abstract void Free(IntPtr handle);
}
