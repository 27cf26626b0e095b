namespace TerrainDescent.Cluster.Grains;

/// <summary>
/// Keeps the job ledger of one batch (key: the batch id): per job its state, lease, attempts and result hash. A grain
/// timer dispatches pending jobs to their workers, polls the leased ones, and re-dispatches a job whose worker does
/// not know it (its silo left the membership, so the poll reached a fresh activation), failed, or whose lease ran
/// out. The first result of a job wins; a later result with other bytes is an error.
/// </summary>
[Alias("TerrainDescent.IBatchCoordinatorGrain")]
public interface IBatchCoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Adds the jobs not in the ledger yet (idempotent: submitting again after a lost answer is safe).</summary>
    [Alias("Submit")]
    Task Submit(ClusterBatchSpec spec, ClusterJob[] jobs);

    /// <summary>Forgets the results in <paramref name="acknowledged"/> and returns the ledger's state with more results.</summary>
    [Alias("Collect")]
    Task<CoordinatorStatus> Collect(int[] acknowledged);
}
