using System.Diagnostics;
using TerrainDescent.Cli.Input;
using TerrainDescent.Cli.Output;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.IO;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.GeoJson;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// Runs a batch over a tiled terrain in bounded memory: every (start, method) descent runs on a worker thread, which
/// picks the finest layer with data at the start, descends and makes the GeoJSON feature; features are written to the
/// output in start order, then method order, as soon as they and all before them are done (a reorder window of a few
/// per thread), and only a few scalars per start are kept for the summary. Memory is the tile cache plus the paths in
/// the window, whatever the number of starts; the bytes written are the same for any thread count and cache size.
/// </summary>
internal sealed class BatchExecution(BatchRequest request, TiledTerrain terrain)
{
    /// <summary>Features waiting to be written, or in flight, per thread.</summary>
    private const int WindowPerThread = 8;

    private const int ProblemsKept = 20;

    private readonly Dictionary<TerrainLayer, TerrainDescender> _descenders = terrain.Layers.ToDictionary(l => l, l => new TerrainDescender(l.Surface));

    /// <summary>Runs from <paramref name="entries"/> (null: the summits of the terrain) and writes the output.</summary>
    public BatchReportData Run(IReadOnlyList<PeakEntry>? entries)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<BatchStart> starts = entries is null
            ? AutoStarts()
            : entries.Select(e => new BatchStart(e.Id, e.Longitude, e.Latitude)).ToArray();
        var methods = request.Methods;
        var total = checked(starts.Count * methods.Count);
        var threads = request.Batch.MaxDegreeOfParallelism;
        var summary = new BatchSummaryAccumulator(methods.Select(m => m.Name).ToArray());
        var problems = new List<(string Id, string Problem)>();
        var problemCount = 0;
        Console.WriteLine(Invariant($"{terrain.Name}: {terrain.TileCount} tile(s), {starts.Count} start(s) × {methods.Count} method(s), tile cache {terrain.Cache.BudgetBytes / (1024 * 1024)} MB"));

        AtomicFile.Write(request.OutputPath, stream =>
        {
            using var writer = new GeoJsonStreamWriter(stream, "terrain-descent batch");
            ProgressDisplay.Run(terrain.Name, total, progress =>
            {
                var throttle = new ProgressThrottle(progress, total);
                OrderedParallel.Run(
                    total,
                    threads,
                    threads * WindowPerThread,
                    slot => Descend(starts, slot),
                    (slot, done) =>
                    {
                        var (outcome, feature) = done;
                        summary.Add(outcome.MethodIndex, outcome.Descended, outcome.Reason, outcome.Steps, outcome.GroundLengthMetres);
                        if (outcome.Problem is not null && outcome.MethodIndex == 0)
                        {
                            problemCount++;
                            if (problems.Count < ProblemsKept)
                            {
                                problems.Add((starts[slot / methods.Count].Id, outcome.Problem));
                            }
                        }

                        writer.Write(feature);
                        throttle.Completed();
                    });
                return 0;
            });
            writer.Finish();
        });

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(Invariant($"ran {total} descent(s) in {seconds:F2} s, {total / Math.Max(seconds, 1e-9):F0} descents/s including loading, on {threads} thread(s)"));
        Console.WriteLine(Invariant($"tile cache peak {terrain.Cache.PeakResidentBytes / (1024.0 * 1024.0):F0} MB, {terrain.Cache.Decodes} tile read(s)"));
        return new BatchReportData(starts.Count, total, summary.Summaries(), problems, problemCount);
    }

    private (DescentScalars Outcome, GeoJsonFeature Feature) Descend(IReadOnlyList<BatchStart> starts, int slot)
    {
        var (s, m) = Math.DivRem(slot, request.Methods.Count);
        var start = starts[s];
        var method = request.Methods[m];
        var options = request.Batch.Descent;
        var pick = terrain.Pick(start.X, start.Y);
        if (pick is null)
        {
            var problem = Invariant($"start lat {start.Y:F5}, lon {start.X:F5} is outside every raster given");
            var off = BatchOutcome.OffEveryRaster(s, m, start, method.Name, options, problem);
            return (DescentScalars.Of(off), PathFeatures.Create(off.Path, static (x, y) => (x, y), start.Id, problem, request.SimplifyMetres));
        }

        var (layer, x, y) = pick.Value;
        var descender = _descenders[layer];
        var radius = start.SnapRadiusMetres ?? request.Batch.SnapRadiusMetres;
        (x, y) = radius > 0 ? descender.ResolveStart(x, y, radius) : (x, y);
        var startProblem = StartCheck.Problem(layer.Surface, x, y);
        var path = descender.Descend(method, x, y, options);
        var outcome = new BatchOutcome(s, m, start, x, y, path, startProblem);
        return (DescentScalars.Of(outcome), PathFeatures.Create(path, layer.ToLonLat, start.Id, startProblem, request.SimplifyMetres));
    }

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

    /// <summary>What the summary keeps of one descent.</summary>
    private sealed record DescentScalars(int MethodIndex, bool Descended, StopReason Reason, int Steps, double GroundLengthMetres, string? Problem)
    {
        public static DescentScalars Of(BatchOutcome outcome) =>
            new(outcome.MethodIndex, outcome.Descended, outcome.Path.Reason, outcome.Path.Steps, outcome.Path.GroundLengthMetres, outcome.Problem);
    }
}
