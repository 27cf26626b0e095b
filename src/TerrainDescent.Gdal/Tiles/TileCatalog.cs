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
                var direct = HgtTiles.TryDescribe(file);
                var gdalPath = direct?.GdalPath ?? RasterPath.Resolve(file);
                if (seen.Add(gdalPath))
                {
                    tiles.Add(direct ?? Describe(file, gdalPath));
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
        using var dataset = RasterReader.Open(gdalPath, userPath);
        var (width, height, transform, wkt, kind) = RasterReader.Describe(dataset, userPath);
        return new TileInfo(userPath, gdalPath, width, height, transform, wkt, kind);
    }
}
