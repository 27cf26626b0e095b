using System.Runtime.InteropServices;

namespace TerrainDescent.Gdal.Native;

/// <summary>
/// An <c>OGRGeometryH</c>: owned (made by <c>OGR_G_CreateFromWkt</c>, destroyed exactly once) or borrowed from the
/// feature or geometry that contains it (freeing nothing, but keeping that container alive).
/// </summary>
internal sealed class GeometryHandle : GdalHandle
{
    private readonly bool _owned;

    /// <summary>An invalid, owned handle, for the interop marshaller to fill with a geometry GDAL made.</summary>
    public GeometryHandle() => _owned = true;

    private GeometryHandle(IntPtr handle, SafeHandle container)
        : base(handle, container) => _owned = false;

    /// <summary>Borrows <paramref name="handle"/> from <paramref name="container"/>; zero makes an invalid handle.</summary>
    public static GeometryHandle Borrow(IntPtr handle, SafeHandle container) => new(handle, container);

    /// <summary>Part <paramref name="index"/> of this multi-geometry or polygon; invalid when there is no such part.</summary>
    public GeometryHandle Part(int index) => new(GdalNative.OGR_G_GetGeometryRef(this, index), this);

    /// <inheritdoc />
    protected override void Free(IntPtr handle)
    {
        if (_owned)
        {
            GdalNative.OGR_G_DestroyGeometry(handle);
        }
    }
}
