using TerrainDescent.Cli.Input;
using TerrainDescent.Gdal;
using TerrainDescent.Gdal.Tiles;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// Assigns listed starts to the cluster of tiles whose samples span them, from the tiles' bounds alone (no sample is
/// read): the first cluster in order that covers a start takes it.
/// </summary>
internal static class StartAssignment
{
    /// <summary>For each entry, the index of its cluster, or −1 when no cluster covers it.</summary>
    public static int[] Assign(IReadOnlyList<PeakEntry> entries, IReadOnlyList<TileCluster> clusters)
    {
        var assignment = Enumerable.Repeat(-1, entries.Count).ToArray();
        for (var k = 0; k < clusters.Count; k++)
        {
            var cluster = clusters[k];
            using var transformer = Wgs84Transformer.For(cluster.CrsWkt, cluster.Kind, cluster.Name);
            for (var i = 0; i < entries.Count; i++)
            {
                if (assignment[i] < 0 && Covers(cluster, transformer, entries[i]))
                {
                    assignment[i] = k;
                }
            }
        }

        return assignment;
    }

    private static bool Covers(TileCluster cluster, Wgs84Transformer transformer, PeakEntry entry)
    {
        try
        {
            var (x, y) = transformer.FromLonLat(entry.Longitude, entry.Latitude);
            return cluster.Covers(x, y);
        }
        catch (GdalException)
        {
            return false; // the position has no place in this CRS, so the cluster cannot hold it
        }
    }
}
