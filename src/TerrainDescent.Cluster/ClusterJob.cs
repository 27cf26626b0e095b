namespace TerrainDescent.Cluster;

/// <summary>
/// One job of a cluster batch: a few starts of neighbouring tiles (a run of the <see cref="Core.Batch.Shards.ShardPlan"/>),
/// sent to the worker grain of its tile block. Deterministic and idempotent: running it twice gives the same bytes.
/// </summary>
/// <param name="JobId">0 ≤ JobId &lt; the batch's job count; also the shard index of its part.</param>
/// <param name="Block">The tile block: the key of the worker grain that runs it, so a block's tiles stay in one silo's cache.</param>
/// <param name="StartIndices">The starts' places in the whole batch, ascending.</param>
/// <param name="Ids">The starts' ids.</param>
/// <param name="Longitudes">WGS84 longitudes in degrees.</param>
/// <param name="Latitudes">WGS84 latitudes in degrees.</param>
/// <param name="SnapRadiiMetres">Per-start snap radii in ground metres; NaN uses the batch's.</param>
[GenerateSerializer]
[Immutable]
[Alias("TerrainDescent.ClusterJob")]
public sealed record ClusterJob(
    [property: Id(0)] int JobId,
    [property: Id(1)] int Block,
    [property: Id(2)] int[] StartIndices,
    [property: Id(3)] string[] Ids,
    [property: Id(4)] double[] Longitudes,
    [property: Id(5)] double[] Latitudes,
    [property: Id(6)] double[] SnapRadiiMetres);
