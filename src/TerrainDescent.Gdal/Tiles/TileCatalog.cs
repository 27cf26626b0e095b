using System.Runtime.InteropServices;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal.Tiles;

/// <summary>
/// The rasters named by a list of files and folders, with their bounds read from GDAL's metadata only: no sample is
/// read, so cataloguing a folder of hundreds of tiles costs one open and close per file.
/// </summary>
public static class TileCatalog
{
    /// <summary>The file endings taken from a folder (a file named directly may have any format GDAL reads).</summary>
    public static IReadOnlyList<string> FolderExtensions { get; } = [".hgt", ".hgt.zip", ".hgt.gz", ".tif", ".tiff"];

    /// <summary>
    /// Catalogues <paramref name="userPaths"/>: files as given, folders searched recursively for
    /// <see cref="FolderExtensions"/>, in ordinal order of their paths. A file named twice is catalogued once.
    /// Throws <see cref="GdalException"/> with a one-line reason for an unreadable file or an empty folder.
    /// </summary>
    public static IReadOnlyList<TileInfo> Read(IEnumerable<string> userPaths)
    {
        var tiles = new List<TileInfo>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var userPath in userPaths)
        {
            foreach (var file in Expand(userPath))
            {
                var gdalPath = RasterPath.Resolve(file);
                if (seen.Add(gdalPath))
                {
                    tiles.Add(Describe(file, gdalPath));
                }
            }
        }

        return tiles.Count > 0 ? tiles : throw new GdalException("no raster given");
    }

    private static IEnumerable<string> Expand(string userPath)
    {
        if (!Directory.Exists(userPath))
        {
            return [userPath];
        }

        var files = Directory.EnumerateFiles(userPath, "*", SearchOption.AllDirectories)
            .Where(f => FolderExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count > 0
            ? files
            : throw new GdalException($"{userPath} is a folder, not a raster file, and holds no raster tile (looked for {string.Join(", ", FolderExtensions)})");
    }

    private static TileInfo Describe(string userPath, string gdalPath)
    {
        GdalLibrary.EnsureInitialised();
        GdalNative.CPLErrorReset();
        var dataset = GdalNative.GDALOpenEx(gdalPath, GdalNative.GDAL_OF_RASTER | GdalNative.GDAL_OF_READONLY, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
        if (dataset == IntPtr.Zero)
        {
            throw new GdalException($"cannot read {userPath} as a raster: {RasterReader.Reason(GdalNative.LastError(), gdalPath, userPath)}");
        }

        try
        {
            // The same checks, in the same words, as reading one raster whole.
            if (GdalNative.GDALGetRasterCount(dataset) < 1)
            {
                throw new GdalException($"{userPath} has no raster band");
            }

            var (width, height) = (GdalNative.GDALGetRasterXSize(dataset), GdalNative.GDALGetRasterYSize(dataset));
            if (width < 2 || height < 2)
            {
                throw new GdalException(FormattableString.Invariant($"{userPath} is {width} × {height} samples; a terrain needs at least 2 × 2 to have a slope"));
            }

            if ((long)width * height > RasterReader.MaxSamples)
            {
                throw new GdalException(FormattableString.Invariant(
                    $"{userPath} declares {width:N0} × {height:N0} samples, more than the {RasterReader.MaxSamples:N0} (4 GB) one tile may hold; crop or resample it first (gdal_translate -srcwin or -tr)"));
            }

            var coefficients = new double[6];
            if (GdalNative.GDALGetGeoTransform(dataset, coefficients) != 0)
            {
                throw new GdalException($"{userPath} has no geotransform: its cells cannot be placed on the ground");
            }

            if (coefficients[2] != 0 || coefficients[4] != 0)
            {
                throw new GdalException($"{userPath} has a rotated geotransform, which is not supported; warp it north-up first (gdalwarp)");
            }

            if (coefficients[1] <= 0 || coefficients[5] >= 0)
            {
                throw new GdalException($"{userPath} is not north-up (pixel width must be positive and height negative)");
            }

            var wkt = Marshal.PtrToStringUTF8(GdalNative.GDALGetProjectionRef(dataset)) ?? string.Empty;
            return new TileInfo(
                userPath,
                gdalPath,
                GdalNative.GDALGetRasterXSize(dataset),
                GdalNative.GDALGetRasterYSize(dataset),
                new GeoTransform(coefficients[0], coefficients[1], coefficients[3], coefficients[5]),
                wkt,
                CrsInfo.Classify(wkt, userPath));
        }
        finally
        {
            GdalNative.GDALClose(dataset);
        }
    }
}
