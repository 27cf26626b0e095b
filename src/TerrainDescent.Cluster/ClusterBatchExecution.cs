using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TerrainDescent.Application.Batches;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.IO;
using TerrainDescent.Gdal.Tiles;
using static System.FormattableString;

namespace TerrainDescent.Cluster;

/// <summary>
/// Runs a batch on an Orleans cluster as a client: the starts every mode runs (<see cref="BatchStarts"/>) are cut into jobs
/// of neighbouring starts (the shard plan with one shard per job) and sent in blocks of neighbouring jobs; each job's
/// records stream, as they arrive, in start order (<see cref="ClusterResultOrder"/>) into the one-machine writer, so
/// the bytes are those of <see cref="BatchExecution.Run"/> and no result waits longer than for an earlier start.
/// </summary>
public sealed class ClusterBatchExecution(BatchRequest request, TiledTerrain terrain, ClusterTarget cluster, IBatchView view)
{
    /// <summary>How long the cluster may stay silent before the batch fails.</summary>
    private static readonly TimeSpan Silence = TimeSpan.FromMinutes(2);

    /// <summary>Runs from <paramref name="entries"/> (null: the summits of the terrain) and writes the output.</summary>
    public BatchReportData Run(IReadOnlyList<PeakEntry>? entries)
    {
        var clock = Stopwatch.StartNew();
        var starts = BatchStarts.Of(entries, terrain, request.Peaks, view);
        var methods = request.Methods.Select(m => m.Name).ToArray();
        var jobCount = Math.Max(1, (starts.Count + cluster.JobSize - 1) / cluster.JobSize);
        var plan = TileShardPlanner.Plan(terrain, starts, jobCount);
        var spec = new ClusterBatchSpec(
            Guid.NewGuid().ToString("N"),
            DemInputs.Resolve(request.DemArguments).Select(Path.GetFullPath).ToArray(),
            methods,
            DescentOptionsJson.Write(request.Batch.Descent),
            request.Batch.SnapRadiusMetres,
            request.SimplifyMetres,
            (int)terrain.Layers[0].Surface.Missing,
            BatchFingerprint.Of(request, terrain, starts),
            starts.Count,
            jobCount);
        var jobs = Enumerable.Range(0, jobCount).Select(j =>
        {
            var owned = plan.StartsOf(j);
            return new ClusterJob(
                j,
                j / cluster.JobsPerBlock,
                owned.ToArray(),
                owned.Select(s => starts[s].Id).ToArray(),
                owned.Select(s => starts[s].X).ToArray(),
                owned.Select(s => starts[s].Y).ToArray(),
                owned.Select(s => starts[s].SnapRadiusMetres ?? double.NaN).ToArray());
        }).ToArray();
        var total = checked(starts.Count * methods.Length);
        view.Report(Invariant($"{terrain.Name}: {terrain.TileCount} tile(s), {starts.Count} start(s) × {methods.Length} method(s) in {jobCount} job(s) on the cluster {(cluster.Redis is { } r ? "in Redis at " + r : "on this machine")}"));

        BatchReportData report;
        using (var file = AtomicFile.Begin(request.OutputPath))
        {
            using (var output = new BatchOutput(file.Stream, methods))
            {
                RunJobs(spec, jobs, terrain.Name, output);
                report = output.Finish();
            }

            file.Commit();
        }

        view.Report(Invariant($"ran {total} descent(s) in {jobCount} job(s) in {clock.Elapsed.TotalSeconds:F2} s on the cluster"));
        return report;
    }

    /// <summary>Runs <paramref name="jobs"/> of <paramref name="spec"/> on the cluster into <paramref name="output"/>, with progress.</summary>
    private void RunJobs(ClusterBatchSpec spec, ClusterJob[] jobs, string label, BatchOutput output)
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
        view.Track(label, total, progress =>
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
                        view.Report(Invariant($"re-dispatch: the coordinator sent {redispatched} job(s) again {clock.Elapsed.TotalSeconds:F1} s into the batch (their silo left, or their lease ran out)"));
                    }

                    if (client.FailedCalls > failed)
                    {
                        failed = client.FailedCalls;
                        view.Report(Invariant($"the coordinator answered again {clock.Elapsed.TotalSeconds:F1} s into the batch, after {failed} failed call(s) in all"));
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
        view.Report(Invariant($"took each of {client.ReceivedJobs} job result(s) once; the last coordinator made {status.Dispatches} dispatch(es), {status.Redispatches} of them again; {client.FailedCalls} call(s) failed and were retried"));
        view.Report(Invariant($"wrote in start order as the jobs came: at most {order.PeakWaitingStarts} start(s) waited for an earlier one, {order.SpilledStarts} of them on disk"));
    }
}
