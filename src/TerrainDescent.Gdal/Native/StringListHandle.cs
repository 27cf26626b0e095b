namespace TerrainDescent.Gdal.Native;

/// <summary>An owned GDAL string list (<c>char**</c>), freed exactly once with <c>CSLDestroy</c>.</summary>
internal sealed class StringListHandle : GdalHandle
{
    /// <summary>An invalid (empty) list, for the interop marshaller to fill.</summary>
    public StringListHandle()
    {
    }

    /// <summary>Takes ownership of <paramref name="list"/>; zero is GDAL's empty list.</summary>
    public StringListHandle(IntPtr list)
        : base(list, null)
    {
    }

    /// <inheritdoc />
    protected override void Free(IntPtr handle) => GdalNative.CSLDestroy(handle);
}
