using System.Diagnostics;
using TerrainDescent.Cluster.Grains;

namespace TerrainDescent.Cluster;

/// <summary>
/// Submits a batch's jobs to its coordinator and collects their parts, with short calls only: a call that fails
/// (the coordinator's silo died) is retried, and a coordinator that was re-activated without its ledger gets the
/// jobs still missing again. Each job's first part wins and is handed on at once, never held; a second with other
/// bytes is an error.
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
    /// Runs <paramref name="jobs"/> of <paramref name="spec"/> and hands each job's part bytes to <paramref name="part"/>
    /// once, as they arrive (in any order), keeping only their hashes; <paramref name="progress"/> gets the numbers of
    /// finished jobs and of their starts. Throws <see cref="InvalidOperationException"/> with the coordinator's error,
    /// or <see cref="TimeoutException"/> when nothing is heard for <paramref name="silence"/>.
    /// </summary>
    public async Task RunAsync(ClusterBatchSpec spec, IReadOnlyList<ClusterJob> jobs, Action<int, byte[]> part, Action<int, int>? progress, TimeSpan silence, CancellationToken cancellation = default)
    {
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
            CoordinatorStatus status;
            try
            {
                if (!submitted)
                {
                    await coordinator.Submit(spec, jobs.Where(j => hashes[j.JobId] is null).ToArray()).WaitAsync(CallTimeout, cancellation);
                    submitted = true;
                }

                status = await coordinator.Collect(acknowledge.ToArray()).WaitAsync(CallTimeout, cancellation);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
            {
                FailedCalls++;
                submitted = false; // its silo may have died: submit again (idempotent) to wherever it re-activates
                if (heard.Elapsed > silence)
                {
                    throw new TimeoutException($"no answer from the cluster for {silence.TotalSeconds:F0} s: {e.Message}");
                }

                await Task.Delay(PollInterval, cancellation);
                continue;
            }

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
                part(result.JobId, result.Part); // outside the retried calls: a failure to write ends the batch
                received++;
                startsReceived += jobs[result.JobId].StartIndices.Length;
                ReceivedJobs = received;
            }

            progress?.Invoke(received, startsReceived);
            if (received < jobs.Count)
            {
                await Task.Delay(PollInterval, cancellation);
            }
        }
    }
}
