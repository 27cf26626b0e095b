using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Batch.Shards;
using TerrainDescent.Gdal.Tiles;

namespace TerrainDescent.Application.Batches;

/// <summary>
/// Plans the shards (or cluster jobs) of a batch over a tiled terrain, from tile metadata alone: each start belongs
/// to the tile owning the sample nearest to it, tiles are ordered on the Hilbert curve of their middles, starts
/// within a tile on a finer curve, and the ordered starts are cut into equal runs (<see cref="ShardPlan"/>).
/// </summary>
public static class TileShardPlanner
{
    /// <summary>Hilbert order of the curve tiles are ordered on: 2^16 cells a side over the globe, 0.0055° of longitude.</summary>
    public const int TileCurveOrder = 16;

    /// <summary>Hilbert order of the curve starts within a tile are ordered on: 2^30 a side, about 4 cm.</summary>
    public const int StartCurveOrder = 30;

    /// <summary>The plan of <paramref name="shardCount"/> shards of <paramref name="starts"/> (WGS84) over <paramref name="terrain"/>.</summary>
    public static ShardPlan Plan(TiledTerrain terrain, IReadOnlyList<BatchStart> starts, int shardCount)
    {
        var tileNumbers = starts.Select(s => terrain.TileAt(s.X, s.Y)).ToArray();
        var tileKeys = new Dictionary<int, ulong>();
        foreach (var tile in tileNumbers.Where(t => t >= 0).Distinct())
        {
            var (longitude, latitude) = terrain.TileCentre(tile);
            tileKeys[tile] = HilbertCurve.OfLonLat(longitude, latitude, TileCurveOrder);
        }

        return ShardPlan.Create(
            tileNumbers.Select(t => t >= 0 ? tileKeys[t] : 0UL).ToArray(),
            tileNumbers,
            starts.Select(s => HilbertCurve.OfLonLat(s.X, s.Y, StartCurveOrder)).ToArray(),
            shardCount);
    }
}
