namespace TerrainDescent.Cluster;

/// <summary>The cluster a <c>cluster batch</c> runs on, and how it cuts the batch.</summary>
/// <param name="Redis">The Redis connection string holding the membership (HOST:PORT), or null for the localhost silo.</param>
/// <param name="GatewayPort">The localhost silo's gateway port, when <paramref name="Redis"/> is null.</param>
/// <param name="JobSize">Starts per job, ≥ 1.</param>
/// <param name="JobsPerBlock">Consecutive jobs (neighbouring tiles) sent to one worker, so they share a silo's cache.</param>
public sealed record ClusterTarget(string? Redis, int GatewayPort, int JobSize, int JobsPerBlock);
