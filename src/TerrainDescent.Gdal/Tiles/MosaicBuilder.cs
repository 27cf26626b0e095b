using System.Globalization;
using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal.Tiles;

/// <summary>
/// Loads a <see cref="TileCluster"/> as one grid. A single tile is read as it is; several are mosaicked with
/// GDALBuildVRT into an in-memory VRT (<c>/vsimem/</c>) at the finest member resolution, gaps between members
/// set to the SRTM void −32768, and read once. Samples shared by neighbouring SRTM tiles (their common edge row or
/// column) coincide in the VRT, so two adjacent SRTM3 tiles give 2401 columns, not 2402, and a summit on that
/// edge is one sample.
/// </summary>
public static class MosaicBuilder
{
    private static int s_counter;

    /// <summary>Reads <paramref name="cluster"/>; throws <see cref="GdalException"/> with a one-line reason.</summary>
    public static LoadedRaster Load(TileCluster cluster)
    {
        if (cluster.Tiles.Count == 1)
        {
            return RasterReader.Load(cluster.Tiles[0].UserPath);
        }

        if (cluster.MosaicSampleCount > Array.MaxLength)
        {
            throw new GdalException(string.Create(
                CultureInfo.InvariantCulture,
                $"the {cluster.Tiles.Count} touching tiles from {cluster.Tiles[0].Name} would make a mosaic of {cluster.MosaicSampleCount:N0} samples, more than one grid can hold; pass fewer tiles"));
        }

        GdalLibrary.EnsureInitialised();
        var vrtPath = string.Create(CultureInfo.InvariantCulture, $"/vsimem/terrain-descent-mosaic-{Environment.ProcessId}-{Interlocked.Increment(ref s_counter)}.vrt");
        var dataset = Build(vrtPath, cluster);
        try
        {
            return RasterReader.Read(dataset, cluster.Name, vrtPath) with { GdalPath = vrtPath };
        }
        finally
        {
            GdalNative.GDALClose(dataset);
            GdalNative.VSIUnlink(vrtPath);
        }
    }

    private static IntPtr Build(string vrtPath, TileCluster cluster)
    {
        var arguments = GdalNative.StringList(["-resolution", "highest", "-vrtnodata", RasterReader.SrtmVoid.ToString(CultureInfo.InvariantCulture)]);
        var sources = GdalNative.StringList(cluster.Tiles.Select(t => t.GdalPath));
        var options = GdalNative.GDALBuildVRTOptionsNew(arguments, IntPtr.Zero);
        try
        {
            if (options == IntPtr.Zero)
            {
                throw new GdalException($"cannot set up the mosaic of {cluster.Name}: {GdalNative.LastError()}");
            }

            GdalNative.CPLErrorReset();
            var dataset = GdalNative.GDALBuildVRT(vrtPath, cluster.Tiles.Count, IntPtr.Zero, sources, options, out _);
            var reason = GdalNative.LastError().ReplaceLineEndings(" ");
            if (dataset == IntPtr.Zero)
            {
                throw new GdalException($"cannot mosaic {string.Join(", ", cluster.Tiles.Select(t => t.Name))}: {reason}");
            }

            // GDALBuildVRT skips, with only a warning, a source it cannot combine (for example a different band
            // colour interpretation); a mosaic smaller than the members' bounding box means one was left out.
            var (columns, rows) = cluster.MosaicSize;
            if (GdalNative.GDALGetRasterXSize(dataset) != columns || GdalNative.GDALGetRasterYSize(dataset) != rows)
            {
                GdalNative.GDALClose(dataset);
                throw new GdalException($"cannot mosaic {string.Join(", ", cluster.Tiles.Select(t => t.Name))}: GDAL left a tile out ({reason}); convert the tiles to one format first");
            }

            return dataset;
        }
        finally
        {
            if (options != IntPtr.Zero)
            {
                GdalNative.GDALBuildVRTOptionsFree(options);
            }

            GdalNative.CSLDestroy(arguments);
            GdalNative.CSLDestroy(sources);
        }
    }
}
