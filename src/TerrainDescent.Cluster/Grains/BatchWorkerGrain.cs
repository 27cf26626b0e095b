using System.Collections.Concurrent;
using Orleans.Placement;

namespace TerrainDescent.Cluster.Grains;

/// <summary>
/// The worker of one tile block: each job runs on the thread pool (outside the grain's turn, bounded by the silo's
/// gate), and polls read its task. An activation that never saw a job answers <see cref="JobState.Unknown"/>.
/// Blocks are placed on random silos: the default placement prefers the caller's silo, which would put every block
/// beside the coordinator.
/// </summary>
[RandomPlacement]
internal sealed class BatchWorkerGrain(SiloTerrains terrains) : Grain, IBatchWorkerGrain
{
    private readonly ConcurrentDictionary<int, Task<byte[]>> _jobs = new();

    public Task Start(ClusterBatchSpec spec, ClusterJob job)
    {
        _jobs.GetOrAdd(job.JobId, _ => Task.Run(async () =>
        {
            await terrains.Gate.WaitAsync();
            try
            {
                return ClusterJobRunner.Run(spec, job, terrains.RunnerFor(spec));
            }
            finally
            {
                terrains.Gate.Release();
            }
        }));
        return Task.CompletedTask;
    }

    public Task<JobPoll[]> Poll(int[] jobIds) => Task.FromResult(jobIds.Select(id =>
    {
        if (!_jobs.TryGetValue(id, out var task))
        {
            return new JobPoll(id, JobState.Unknown, null, null);
        }

        if (!task.IsCompleted)
        {
            return new JobPoll(id, JobState.Running, null, null);
        }

        _jobs.TryRemove(id, out _);
        return task.IsCompletedSuccessfully
            ? new JobPoll(id, JobState.Done, task.Result, null)
            : new JobPoll(id, JobState.Failed, null, task.Exception?.InnerException?.Message ?? "cancelled");
    }).ToArray());
}
