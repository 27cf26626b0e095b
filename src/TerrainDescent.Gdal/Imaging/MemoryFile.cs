using System.Runtime.InteropServices;
using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal.Imaging;

/// <summary>
/// Files in GDAL's in-memory file system (<c>/vsimem/</c>), so intermediate rasters and encoded images never
/// touch the disk. Each name carries a fresh GUID, so concurrent users never share a file.
/// </summary>
internal static class MemoryFile
{
    /// <summary>A new unique <c>/vsimem/</c> path ending in <paramref name="extension"/> (with its dot).</summary>
    public static string NewPath(string extension) => $"/vsimem/terrain-descent-{Guid.NewGuid():N}{extension}";

    /// <summary>Writes <paramref name="bytes"/> to the in-memory file <paramref name="path"/>.</summary>
    public static void Write(string path, byte[] bytes)
    {
        var file = GdalNative.VSIFOpenL(path, "wb");
        if (file == IntPtr.Zero)
        {
            throw new GdalException($"cannot create {path}: {GdalNative.LastError()}");
        }

        try
        {
            if (GdalNative.VSIFWriteL(bytes, 1, (ulong)bytes.Length, file) != (ulong)bytes.Length)
            {
                throw new GdalException($"cannot write {path}: {GdalNative.LastError()}");
            }
        }
        finally
        {
            GdalNative.VSIFCloseL(file);
        }
    }

    /// <summary>Copies the content of the in-memory file <paramref name="path"/> into a managed array.</summary>
    public static byte[] Read(string path)
    {
        var buffer = GdalNative.VSIGetMemFileBuffer(path, out var length, 0);
        if (buffer == IntPtr.Zero)
        {
            throw new GdalException($"GDAL wrote nothing to {path}: {GdalNative.LastError()}");
        }

        var bytes = new byte[checked((int)length)];
        Marshal.Copy(buffer, bytes, 0, bytes.Length);
        return bytes;
    }

    /// <summary>Removes the in-memory file; a missing file is not an error.</summary>
    public static void Delete(string path) => GdalNative.VSIUnlink(path);
}
