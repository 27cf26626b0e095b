using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Cli.Input;
using TerrainDescent.Cli.Output;
using TerrainDescent.Cluster;
using TerrainDescent.Core.Batch;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// Runs the jobs of a <c>cluster batch</c> on the cluster as a client, with <c>batch</c>'s progress, and streams each
/// job's records into the one-machine writer in start order as they arrive (<see cref="ClusterResultOrder"/>), so no
/// result is held longer than it waits for an earlier start. Prints what the coordinator did.
/// </summary>
internal static class ClusterBatchRun
{
    /// <summary>How long the cluster may stay silent before the batch fails.</summary>
    private static readonly TimeSpan Silence = TimeSpan.FromMinutes(2);

    /// <summary>Runs <paramref name="jobs"/> of <paramref name="spec"/> on <paramref name="cluster"/> into <paramref name="output"/>.</summary>
    public static void Run(ClusterTarget cluster, ClusterBatchSpec spec, ClusterJob[] jobs, string label, BatchOutput output)
    {
        var methods = spec.Methods.Length;
        var total = checked(spec.StartCount * methods);
        using var order = new ClusterResultOrder(spec, record =>
        {
            for (var m = 0; m < record.Entries.Count; m++)
            {
                output.Add(record.StartId, m, record.Entries[m]);
            }
        });
        using var host = ClusterHosts.Client(cluster.Redis, cluster.GatewayPort);
        try
        {
            host.StartAsync().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new UserInputException($"cannot reach the cluster ({(cluster.Redis is null ? "no silo on this machine?" : "is every silo using Redis at " + cluster.Redis + "?")}): {e.Message.Split('\n')[0]}");
        }

        var client = new ClusterBatchClient(host.Services.GetRequiredService<IClusterClient>());
        var clock = Stopwatch.StartNew();
        var (redispatched, failed) = (0, 0);
        ProgressDisplay.Run(label, total, progress =>
        {
            var throttle = new ProgressThrottle(progress, total);
            var shown = 0;
            try
            {
                client.RunAsync(spec, jobs, order.Add, (_, startsDone) =>
                {
                    for (; shown < startsDone * methods; shown++)
                    {
                        throttle.Completed();
                    }

                    // A silo lost mid-run shows as jobs sent again, or (when it held the coordinator) as failed calls.
                    if (client.LastStatus is { Redispatches: > 0 } status && redispatched == 0)
                    {
                        redispatched = status.Redispatches;
                        Console.WriteLine(Invariant($"re-dispatch: the coordinator sent {redispatched} job(s) again {clock.Elapsed.TotalSeconds:F1} s into the batch (their silo left, or their lease ran out)"));
                    }

                    if (client.FailedCalls > failed)
                    {
                        failed = client.FailedCalls;
                        Console.WriteLine(Invariant($"the coordinator answered again {clock.Elapsed.TotalSeconds:F1} s into the batch, after {failed} failed call(s) in all"));
                    }
                }, Silence).GetAwaiter().GetResult();
                order.Finish();
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or InvalidDataException)
            {
                throw new UserInputException($"the cluster batch failed: {e.Message}");
            }

            return 0;
        });
        host.StopAsync().GetAwaiter().GetResult();

        var status = client.LastStatus!;
        Console.WriteLine(Invariant($"took each of {client.ReceivedJobs} job result(s) once; the last coordinator made {status.Dispatches} dispatch(es), {status.Redispatches} of them again; {client.FailedCalls} call(s) failed and were retried"));
        Console.WriteLine(Invariant($"wrote in start order as the jobs came: at most {order.PeakWaitingStarts} start(s) waited for an earlier one, {order.SpilledStarts} of them on disk"));
    }
}
