using TerrainDescent.Core.Peaks;

namespace TerrainDescent.Gdal.Tiles;

/// <summary>
/// The summits of a tiled terrain, found exactly on each group of connected tiles at a time, tile by tile with
/// divide trees (<see cref="PeakFinder.Find(Core.Terrain.TerrainSurface, int, CancellationToken)"/>: a group of any
/// size needs one tile's working memory, and a summit on a shared edge is found once), groups in layer and tile order,
/// then by prominence. Where layers
/// overlap the finest wins, as for descents: a summit on a coarser layer under finer data is left out. Shared by
/// the command line's <c>peaks</c> and <c>batch</c> and the map server's peaks layer.
/// </summary>
public static class TerrainPeakSearch
{
    /// <summary>
    /// Finds the peaks and reports each group found with <paramref name="onGroup"/> (its name, width, height and
    /// peak count).
    /// </summary>
    public static IReadOnlyList<LocatedPeak> Find(TiledTerrain terrain, PeakOptions options, Action<string, int, int, int>? onGroup = null)
    {
        var finder = new PeakFinder(options);
        var found = new List<LocatedPeak>();
        foreach (var layer in terrain.Layers)
        {
            for (var component = 0; component < layer.Surface.Index.ComponentCount; component++)
            {
                var surface = layer.Surface;
                var peaks = finder.Find(surface, component);
                var (column0, row0, column1, row1) = surface.Index.BoundsOf(component);
                var name = surface.Index.NameOf(component);
                var kept = 0;
                foreach (var peak in peaks)
                {
                    var (lon, lat) = layer.ToLonLat(peak.X, peak.Y);
                    if (layer != terrain.Layers[0] && terrain.Pick(lon, lat)?.Layer != layer)
                    {
                        continue;
                    }

                    found.Add(new LocatedPeak(peak, lat, lon, name, layer));
                    kept++;
                }

                onGroup?.Invoke(name, column1 - column0 + 1, row1 - row0 + 1, kept);
            }
        }

        return found;
    }
}
