namespace TerrainDescent.Cluster;

/// <summary>The coordinator's answer to a collect: results not yet acknowledged and the ledger's counts.</summary>
/// <param name="KnownJobs">Jobs in the ledger; 0 means the coordinator was re-activated and lost it: submit again.</param>
/// <param name="DoneJobs">Jobs with an accepted result.</param>
/// <param name="Results">Accepted results the client has not acknowledged yet (a bounded number per call).</param>
/// <param name="Dispatches">Times a job was sent to a worker, re-dispatches included.</param>
/// <param name="Redispatches">Times a job was sent again: its worker had forgotten it, failed, or its lease expired.</param>
/// <param name="Error">A job that failed for good, or two runs of a job that gave different bytes; null when all is well.</param>
[GenerateSerializer]
[Immutable]
[Alias("TerrainDescent.CoordinatorStatus")]
public sealed record CoordinatorStatus(
    [property: Id(0)] int KnownJobs,
    [property: Id(1)] int DoneJobs,
    [property: Id(2)] JobResult[] Results,
    [property: Id(3)] int Dispatches,
    [property: Id(4)] int Redispatches,
    [property: Id(5)] string? Error);
