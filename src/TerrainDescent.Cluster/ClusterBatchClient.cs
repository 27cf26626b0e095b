using System.Diagnostics;
using TerrainDescent.Cluster.Grains;

namespace TerrainDescent.Cluster;

/// <summary>
/// Submits a batch's jobs to its coordinator and collects their parts, with short calls only: a call that fails
/// (the coordinator's silo died) is retried, and a coordinator that was re-activated without its ledger gets the
/// jobs still missing again. Each job's first part wins; a second with other bytes is an error.
/// </summary>
public sealed class ClusterBatchClient(IGrainFactory grains)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>The last status the coordinator gave.</summary>
    public CoordinatorStatus? LastStatus { get; private set; }

    /// <summary>Jobs whose part was taken: each exactly once, however often it was run or reported.</summary>
    public int ReceivedJobs { get; private set; }

    /// <summary>Failed calls to the coordinator (each retried).</summary>
    public int FailedCalls { get; private set; }

    /// <summary>
    /// Runs <paramref name="jobs"/> of <paramref name="spec"/> and returns each job's part bytes by job id;
    /// <paramref name="progress"/> gets the numbers of finished jobs and of their starts. Throws <see cref="InvalidOperationException"/>
    /// with the coordinator's error, or <see cref="TimeoutException"/> when nothing is heard for <paramref name="silence"/>.
    /// </summary>
    public async Task<byte[][]> RunAsync(ClusterBatchSpec spec, IReadOnlyList<ClusterJob> jobs, Action<int, int>? progress, TimeSpan silence, CancellationToken cancellation = default)
    {
        var parts = new byte[jobs.Count][];
        var hashes = new string?[jobs.Count];
        var received = 0;
        var startsReceived = 0;
        var acknowledge = new List<int>();
        var submitted = false;
        var heard = Stopwatch.StartNew();
        var coordinator = grains.GetGrain<IBatchCoordinatorGrain>(spec.BatchId);
        while (received < jobs.Count)
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                if (!submitted)
                {
                    await coordinator.Submit(spec, jobs.Where(j => parts[j.JobId] is null).ToArray()).WaitAsync(CallTimeout, cancellation);
                    submitted = true;
                }

                var status = await coordinator.Collect(acknowledge.ToArray()).WaitAsync(CallTimeout, cancellation);
                heard.Restart();
                LastStatus = status;
                acknowledge.Clear();
                if (status.Error is not null)
                {
                    throw new InvalidOperationException(status.Error);
                }

                if (status.KnownJobs == 0)
                {
                    submitted = false; // a fresh coordinator: hand it what is still missing
                    continue;
                }

                foreach (var result in status.Results)
                {
                    acknowledge.Add(result.JobId);
                    if (hashes[result.JobId] is { } hash)
                    {
                        if (hash != result.Hash)
                        {
                            throw new InvalidOperationException($"job {result.JobId} gave different bytes on two runs: the batch is not deterministic");
                        }

                        continue;
                    }

                    hashes[result.JobId] = result.Hash;
                    parts[result.JobId] = result.Part;
                    received++;
                    startsReceived += jobs[result.JobId].StartIndices.Length;
                    ReceivedJobs = received;
                }

                progress?.Invoke(received, startsReceived);
            }
            catch (Exception e) when (e is not InvalidOperationException and not OperationCanceledException)
            {
                FailedCalls++;
                submitted = false; // its silo may have died: submit again (idempotent) to wherever it re-activates
                if (heard.Elapsed > silence)
                {
                    throw new TimeoutException($"no answer from the cluster for {silence.TotalSeconds:F0} s: {e.Message}");
                }
            }

            if (received < jobs.Count)
            {
                await Task.Delay(PollInterval, cancellation);
            }
        }

        return parts;
    }
}
