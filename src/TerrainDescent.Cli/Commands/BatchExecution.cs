using System.Diagnostics;
using TerrainDescent.Cli.Input;
using TerrainDescent.Cli.Output;
using TerrainDescent.Cluster;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Batch.Shards;
using TerrainDescent.Core.IO;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.GeoJson;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// Runs a batch over a tiled terrain in bounded memory: every (start, method) descent runs on a worker thread, which
/// picks the finest layer with data at the start, descends and makes the GeoJSON feature's bytes; results are
/// written in start order, then method order, as soon as they and all before them are done (a reorder window of a
/// few per thread), and only a few scalars per start are kept for the summary. Memory is the tile cache plus the
/// paths in the window, whatever the number of starts; the bytes written are the same for any thread count and cache
/// size. With a shard, only the starts the <see cref="ShardPlan"/> gives it run, and they go to a part file that
/// <c>merge</c> turns into the same bytes.
/// </summary>
internal sealed class BatchExecution(BatchRequest request, TiledTerrain terrain)
{
    /// <summary>Features waiting to be written, or in flight, per thread.</summary>
    private const int WindowPerThread = 8;

    private readonly BatchStartRunner _runner = new(terrain, request.Methods, request.Batch, request.SimplifyMetres);

    /// <summary>Runs from <paramref name="entries"/> (null: the summits of the terrain) and writes the output.</summary>
    public BatchReportData Run(IReadOnlyList<PeakEntry>? entries)
    {
        var clock = Stopwatch.StartNew();
        var starts = Starts(entries);
        var methods = request.Methods.Select(m => m.Name).ToArray();
        var owned = request.Shard is { } shard ? TileShardPlanner.Plan(terrain, starts, shard.Count).StartsOf(shard.Index) : Enumerable.Range(0, starts.Count).ToArray();
        var total = checked(owned.Count * methods.Length);
        var threads = request.Batch.MaxDegreeOfParallelism;
        var shardText = request.Shard is { } s ? Invariant($", shard {s}: {owned.Count} of {starts.Count} start(s)") : "";
        Console.WriteLine(Invariant($"{terrain.Name}: {terrain.TileCount} tile(s), {starts.Count} start(s) × {methods.Length} method(s){shardText}, tile cache {terrain.Cache.BudgetBytes / (1024 * 1024)} MB"));

        BatchReportData report = null!;
        if (request.Shard is null)
        {
            // GeoJSON streams to its file; GPX and GeoPackage are converted from it once the batch is done.
            PathFile.Write(request.OutputPath, "terrain-descent batch", hasStartIds: true, stream => report = Write(stream, starts, owned, methods));
        }
        else
        {
            using var file = AtomicFile.Begin(request.OutputPath);
            report = Write(file.Stream, starts, owned, methods);
            file.Commit();
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(Invariant($"ran {total} descent(s) in {seconds:F2} s, {total / Math.Max(seconds, 1e-9):F0} descents/s including loading, on {threads} thread(s); tile cache peak {terrain.Cache.PeakResidentBytes / (1024.0 * 1024.0):F0} MB, {terrain.Cache.Decodes} tile read(s)"));
        return report;
    }

    /// <summary>
    /// Runs the batch on the Orleans cluster <paramref name="cluster"/> names: cut into jobs of neighbouring starts
    /// (the shard plan with one shard per job), sent in blocks of neighbouring jobs, and streamed by
    /// <see cref="ClusterBatchRun"/> into the same writer in start order as the parts come, so the bytes are those of <see cref="Run"/>.
    /// </summary>
    public BatchReportData RunOnCluster(IReadOnlyList<PeakEntry>? entries, ClusterTarget cluster)
    {
        var clock = Stopwatch.StartNew();
        var starts = Starts(entries);
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
        Console.WriteLine(Invariant($"{terrain.Name}: {terrain.TileCount} tile(s), {starts.Count} start(s) × {methods.Length} method(s) in {jobCount} job(s) on the cluster {(cluster.Redis is { } r ? "in Redis at " + r : "on this machine")}"));

        BatchReportData report;
        using (var file = AtomicFile.Begin(request.OutputPath))
        {
            using (var output = new BatchOutput(file.Stream, methods))
            {
                ClusterBatchRun.Run(cluster, spec, jobs, terrain.Name, output);
                report = output.Finish();
            }

            file.Commit();
        }

        Console.WriteLine(Invariant($"ran {total} descent(s) in {jobCount} job(s) in {clock.Elapsed.TotalSeconds:F2} s on the cluster"));
        return report;
    }

    /// <summary>Runs the <paramref name="owned"/> starts and writes their results (collection or part) to <paramref name="stream"/>.</summary>
    private BatchReportData Write(Stream stream, IReadOnlyList<BatchStart> starts, IReadOnlyList<int> owned, string[] methods)
    {
        var total = owned.Count * methods.Length;
        var threads = request.Batch.MaxDegreeOfParallelism;
        var header = new BatchPartHeader(BatchFingerprint.Of(request, terrain, starts), request.Shard ?? new ShardSpec(0, 1), starts.Count, methods, BatchOutput.CollectionName);
        using var output = new BatchOutput(request.Shard is null ? stream : Stream.Null, methods);
        using var part = request.Shard is null ? null : new BatchPartWriter(stream, header);
        var record = new BatchPartEntry[methods.Length];
        ProgressDisplay.Run(terrain.Name, total, progress =>
        {
            var throttle = new ProgressThrottle(progress, total);
            OrderedParallel.Run(
                total,
                threads,
                threads * WindowPerThread,
                slot => _runner.Run(starts[owned[slot / methods.Length]], owned[slot / methods.Length], slot % methods.Length),
                (slot, entry) =>
                {
                    var (s, m) = (owned[slot / methods.Length], slot % methods.Length);
                    output.Add(starts[s].Id, m, entry);
                    record[m] = entry;
                    if (part is not null && m == methods.Length - 1)
                    {
                        part.Write(new BatchPartRecord(s, starts[s].Id, [.. record]));
                    }

                    throttle.Completed();
                });
            return 0;
        });
        var report = output.Finish();
        part?.Finish();
        return report;
    }

    private IReadOnlyList<BatchStart> Starts(IReadOnlyList<PeakEntry>? entries) => entries is null
        ? AutoStarts()
        : entries.Select(e => new BatchStart(e.Id, e.Longitude, e.Latitude)).ToArray();

    /// <summary>
    /// The summits of the terrain as starts, placed where the peaks file would put them (lon/lat to 7 decimals, about
    /// 1 cm), so that <c>batch --peaks auto</c> and <c>batch --peaks</c> on the output of <c>peaks</c> run the same descents.
    /// </summary>
    private BatchStart[] AutoStarts()
    {
        var peaks = TerrainPeaks.Find(terrain, request.Peaks, (name, width, height, count) =>
            Console.WriteLine(Invariant($"{name}: {width} × {height} samples, {count} peak(s)")));
        return peaks
            .Select(p => new BatchStart(p.Id, Math.Round(p.Longitude, GeoJsonWriter.CoordinateDecimals), Math.Round(p.Latitude, GeoJsonWriter.CoordinateDecimals)))
            .ToArray();
    }
}
