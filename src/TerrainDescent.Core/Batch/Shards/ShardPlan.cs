namespace TerrainDescent.Core.Batch.Shards;

/// <summary>
/// Splits the starts of a batch into shards by the tile that owns them: starts are ordered by their tile's place on
/// the Hilbert curve (then by their own place, then by index), and the ordered list is cut into runs of equal start
/// count (sizes differ by at most one). So each shard reads a compact, contiguous group of tiles, and a tile is
/// shared by two shards only where a cut falls inside it. Deterministic: every machine computes the same plan from
/// the same starts, with no coordination.
/// </summary>
public sealed class ShardPlan
{
    private readonly int[] _shardOfStart;

    private ShardPlan(int[] shardOfStart, int shardCount)
    {
        _shardOfStart = shardOfStart;
        ShardCount = shardCount;
    }

    /// <summary>How many shards there are.</summary>
    public int ShardCount { get; }

    /// <summary>
    /// Plans <paramref name="shardCount"/> shards over starts whose owning tiles lie at curve distance
    /// <paramref name="tileKeys"/>[i] (ties broken by the tile number <paramref name="tileNumbers"/>[i]; −1 for a start
    /// on no tile, placed last) and whose own positions lie at <paramref name="startKeys"/>[i].
    /// </summary>
    public static ShardPlan Create(IReadOnlyList<ulong> tileKeys, IReadOnlyList<int> tileNumbers, IReadOnlyList<ulong> startKeys, int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        var count = tileKeys.Count;
        if (tileNumbers.Count != count || startKeys.Count != count)
        {
            throw new ArgumentException("one tile key, tile number and start key per start");
        }

        var order = Enumerable.Range(0, count)
            .OrderBy(i => tileNumbers[i] < 0 ? 1 : 0)
            .ThenBy(i => tileKeys[i])
            .ThenBy(i => tileNumbers[i])
            .ThenBy(i => startKeys[i])
            .ThenBy(i => i)
            .ToArray();
        var shardOfStart = new int[count];
        for (var position = 0; position < count; position++)
        {
            // Shard s takes positions [s·count/N, (s+1)·count/N): runs of ⌊count/N⌋ or ⌈count/N⌉ starts.
            shardOfStart[order[position]] = (int)((long)position * shardCount / count);
        }

        return new ShardPlan(shardOfStart, shardCount);
    }

    /// <summary>The shard that runs start <paramref name="startIndex"/>.</summary>
    public int ShardOf(int startIndex) => _shardOfStart[startIndex];

    /// <summary>The starts shard <paramref name="shard"/> runs, in start order.</summary>
    public IReadOnlyList<int> StartsOf(int shard) =>
        Enumerable.Range(0, _shardOfStart.Length).Where(i => _shardOfStart[i] == shard).ToArray();
}
