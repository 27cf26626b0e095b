namespace TerrainDescent.Cluster;

/// <summary>A finished job as the coordinator hands it to the client.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Part">Its part file bytes.</param>
/// <param name="Hash">SHA-256 of <paramref name="Part"/>, hex: equal for every run of the job.</param>
[GenerateSerializer]
[Immutable]
[Alias("TerrainDescent.JobResult")]
public sealed record JobResult([property: Id(0)] int JobId, [property: Id(1)] byte[] Part, [property: Id(2)] string Hash);
