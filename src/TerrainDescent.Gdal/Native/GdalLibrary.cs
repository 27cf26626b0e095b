using System.Reflection;
using System.Runtime.InteropServices;

namespace TerrainDescent.Gdal.Native;

/// <summary>
/// Loads the system GDAL C library once (Debian's <c>libgdal.so.32</c>, or any <c>libgdal.so</c>), registers
/// its drivers, keeps it from writing side files next to inputs, and silences its stderr logging: errors are read back with <c>CPLGetLastErrorMsg</c> and
/// turned into one-line messages by the callers.
/// </summary>
internal static class GdalLibrary
{
    /// <summary>The name every P/Invoke declaration uses; resolved here to the real file.</summary>
    public const string Name = "gdal";

    private static readonly string[] s_candidates = ["libgdal.so.32", "libgdal.so", "libgdal.so.33", "libgdal.so.34", "libgdal.so.36"];
    private static readonly Lazy<bool> s_initialised = new(Initialise, LazyThreadSafetyMode.ExecutionAndPublication);
    private static IntPtr s_handle;

    /// <summary>Makes sure GDAL is loaded and its drivers registered; throws a one-line error when it is missing.</summary>
    public static void EnsureInitialised() => _ = s_initialised.Value;

    private static bool Initialise()
    {
        // LibraryImport's generated stubs bind through the runtime's DllImport machinery, so this resolver maps them too.
        NativeLibrary.SetDllImportResolver(typeof(GdalLibrary).Assembly, Resolve);
        if (Resolve(Name, typeof(GdalLibrary).Assembly, null) == IntPtr.Zero)
        {
            throw new GdalException("GDAL is not installed: libgdal.so.32 was not found (apt-get install libgdal32)");
        }

        GdalNative.GDALAllRegister();

        // Reading never writes beside the input: /vsigzip/ would otherwise leave a .gz.properties index file.
        GdalNative.CPLSetConfigOption("CPL_VSIL_GZIP_WRITE_PROPERTIES", "NO");
        if (NativeLibrary.TryGetExport(s_handle, "CPLQuietErrorHandler", out var quiet))
        {
            GdalNative.CPLSetErrorHandler(quiet);
        }

        return true;
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != Name)
        {
            return IntPtr.Zero;
        }

        if (s_handle != IntPtr.Zero)
        {
            return s_handle;
        }

        foreach (var candidate in s_candidates)
        {
            if (NativeLibrary.TryLoad(candidate, out var handle))
            {
                s_handle = handle;
                return handle;
            }
        }

        return IntPtr.Zero;
    }
}
