using System.Diagnostics;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Application.Outputs;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Batch.Shards;
using TerrainDescent.Core.IO;
using TerrainDescent.Gdal.Tiles;
using static System.FormattableString;

namespace TerrainDescent.Application.Batches;

/// <summary>
/// Runs a batch over a tiled terrain in bounded memory: every (start, method) descent runs on a worker thread, which
/// picks the finest layer with data at the start, descends and makes the GeoJSON feature's bytes; results are
/// written in start order, then method order, as soon as they and all before them are done (a reorder window of a
/// few per thread), and only a few scalars per start are kept for the summary. Memory is the tile cache plus the
/// paths in the window, whatever the number of starts; the bytes written are the same for any thread count and cache
/// size. With a shard, only the starts the <see cref="ShardPlan"/> gives it run, and they go to a part file that
/// <c>merge</c> turns into the same bytes.
/// </summary>
public sealed class BatchExecution(BatchRequest request, TiledTerrain terrain, IBatchView view)
{
    /// <summary>Features waiting to be written, or in flight, per thread.</summary>
    private const int WindowPerThread = 8;

    private readonly BatchStartRunner _runner = new(terrain, request.Methods, request.Batch, request.SimplifyMetres);

    /// <summary>Runs from <paramref name="entries"/> (null: the summits of the terrain) and writes the output.</summary>
    public BatchReportData Run(IReadOnlyList<PeakEntry>? entries)
    {
        var clock = Stopwatch.StartNew();
        var starts = BatchStarts.Of(entries, terrain, request.Peaks, view);
        var methods = request.Methods.Select(m => m.Name).ToArray();
        var owned = request.Shard is { } shard ? TileShardPlanner.Plan(terrain, starts, shard.Count).StartsOf(shard.Index) : Enumerable.Range(0, starts.Count).ToArray();
        var total = checked(owned.Count * methods.Length);
        var threads = request.Batch.MaxDegreeOfParallelism;
        var shardText = request.Shard is { } s ? Invariant($", shard {s}: {owned.Count} of {starts.Count} start(s)") : "";
        view.Report(Invariant($"{terrain.Name}: {terrain.TileCount} tile(s), {starts.Count} start(s) × {methods.Length} method(s){shardText}, tile cache {terrain.Cache.BudgetBytes / (1024 * 1024)} MB"));

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
        view.Report(Invariant($"ran {total} descent(s) in {seconds:F2} s, {total / Math.Max(seconds, 1e-9):F0} descents/s including loading, on {threads} thread(s); tile cache peak {terrain.Cache.PeakResidentBytes / (1024.0 * 1024.0):F0} MB, {terrain.Cache.Decodes} tile read(s)"));
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
        view.Track(terrain.Name, total, progress =>
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
}
