namespace TerrainDescent.Cluster;

/// <summary>A worker's answer about one job.</summary>
/// <param name="JobId">The job.</param>
/// <param name="State">Where it is.</param>
/// <param name="Part">When done: the job's part file bytes (see <see cref="Core.Batch.Shards.BatchPartWriter"/>).</param>
/// <param name="Error">When failed: one line.</param>
[GenerateSerializer]
[Immutable]
[Alias("TerrainDescent.JobPoll")]
public sealed record JobPoll([property: Id(0)] int JobId, [property: Id(1)] JobState State, [property: Id(2)] byte[]? Part, [property: Id(3)] string? Error);
