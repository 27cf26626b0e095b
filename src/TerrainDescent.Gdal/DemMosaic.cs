using TerrainDescent.Gdal.Imaging;
using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal;

/// <summary>
/// Joins several rasters (for example neighbouring SRTM tiles) into one virtual raster with GDAL's
/// <c>GDALBuildVRT</c>, held in memory (<c>/vsimem/</c>), so they load and render as one grid.
/// </summary>
public static class DemMosaic
{
    /// <summary>
    /// The path of a raster to load: the single input itself, or an in-memory VRT of all of them. Throws
    /// <see cref="GdalException"/> with a one-line reason when an input cannot be used.
    /// </summary>
    public static string Build(IReadOnlyList<string> userPaths)
    {
        if (userPaths.Count == 0)
        {
            throw new GdalException("no raster given");
        }

        if (userPaths.Count == 1)
        {
            return userPaths[0];
        }

        GdalLibrary.EnsureInitialised();
        var sources = userPaths.Select(RasterPath.Resolve).ToList();
        var destination = MemoryFile.NewPath(".vrt");
        var names = GdalNative.StringList(sources);
        var arguments = GdalNative.StringList(["-resolution", "highest"]);
        var options = GdalNative.GDALBuildVRTOptionsNew(arguments, IntPtr.Zero);
        try
        {
            var vrt = GdalNative.GDALBuildVRT(destination, sources.Count, IntPtr.Zero, names, options, out var usageError);
            if (vrt == IntPtr.Zero || usageError != 0)
            {
                throw new GdalException($"cannot join {string.Join(", ", userPaths)}: {GdalNative.LastError()}");
            }

            GdalNative.GDALClose(vrt);
            return destination;
        }
        finally
        {
            GdalNative.GDALBuildVRTOptionsFree(options);
            GdalNative.CSLDestroy(arguments);
            GdalNative.CSLDestroy(names);
        }
    }
}
