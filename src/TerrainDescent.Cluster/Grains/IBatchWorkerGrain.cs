namespace TerrainDescent.Cluster.Grains;

/// <summary>
/// Runs the jobs of one tile block of a batch (key: "batch/block"), so the block's tiles stay in one silo's cache.
/// Fire and poll: <see cref="Start"/> returns at once, <see cref="Poll"/> reports; every call is short, so a call
/// that meets a dead silo costs one short timeout, never a whole job.
/// </summary>
[Alias("TerrainDescent.IBatchWorkerGrain")]
public interface IBatchWorkerGrain : IGrainWithStringKey
{
    /// <summary>Starts <paramref name="job"/> of <paramref name="spec"/> in the background; a job already known is not started twice.</summary>
    [Alias("Start")]
    Task Start(ClusterBatchSpec spec, ClusterJob job);

    /// <summary>Where each job is; a finished job's result is handed over once and then forgotten.</summary>
    [Alias("Poll")]
    Task<JobPoll[]> Poll(int[] jobIds);
}
