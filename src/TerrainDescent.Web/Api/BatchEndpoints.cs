using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.GeoJson;
using TerrainDescent.Web.Peaks;

namespace TerrainDescent.Web.Api;

/// <summary>
/// "Every peak in view": <c>GET /api/batch?bbox=W,S,E,N&amp;minProminence=M</c> plus the descent parameters
/// (methods, every method parameter, seaLevel, maxSteps, snapRadius) runs the batch engine from the summits the
/// peaks layer shows there (at most <see cref="MaxStarts"/>, most prominent first). It answers NDJSON: progress
/// lines <c>{"completed":n,"total":t}</c> while it runs, then one line with the per-method summary (share reaching
/// the sea, median steps and length, end reasons) and every path thinned to at most
/// <see cref="MaxVerticesPerPath"/> vertices for drawing. <c>GET /api/batch.geojson</c> with the same query is the
/// full download: every path, every vertex, with its start's id. Both hold one slot of the descent gate.
/// </summary>
public static class BatchEndpoints
{
    /// <summary>The most starts one batch request runs.</summary>
    public const int MaxStarts = 150;

    /// <summary>The most vertices per path in the streamed answer.</summary>
    public const int MaxVerticesPerPath = 400;

    /// <summary>Every parameter the batch routes take.</summary>
    public static IReadOnlyList<string> KnownNames { get; } =
        ["bbox", "minProminence", "methods", .. MethodParameters.All.Select(p => p.Name), "seaLevel", "maxSteps", "snapRadius"];

    /// <summary>Maps both routes.</summary>
    public static void Map(WebApplication app, TerrainScene scene, DescentGate gate, TimeSpan timeBudget)
    {
        app.MapMethods("/api/batch", ApiResponses.ReadMethods, async context =>
        {
            var (peaks, methods, runner) = Prepare(context, scene);
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            budget.CancelAfter(4 * timeBudget);
            using var lease = await gate.EnterAsync(budget.Token);
            context.Response.ContentType = "application/x-ndjson; charset=utf-8";
            var completed = 0;
            var total = peaks.Count * methods.Count;
            var progress = new Progress(p => Volatile.Write(ref completed, p.Completed));
            var run = Task.Run(() => runner.Run(Starts(peaks), methods, progress, budget.Token), budget.Token);
            while (await Task.WhenAny(run, Task.Delay(150, budget.Token)) != run)
            {
                await WriteLineAsync(context, json => WriteProgress(json, Volatile.Read(ref completed), total));
            }

            var result = await run;
            await WriteLineAsync(context, json => WriteProgress(json, total, total));
            await WriteLineAsync(context, json => WriteResult(json, result, peaks, scene));
        });
        app.MapMethods("/api/batch.geojson", ApiResponses.ReadMethods, async context =>
        {
            var (peaks, methods, runner) = Prepare(context, scene);
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            budget.CancelAfter(4 * timeBudget);
            using var lease = await gate.EnterAsync(budget.Token);
            var result = await Task.Run(() => runner.Run(Starts(peaks), methods, null, budget.Token), budget.Token);
            var features = result.Outcomes.Select(o => PathFeatures.Create(o.Path, null, o.Start.Id, o.Problem)).ToList();
            using var stream = new MemoryStream();
            GeoJsonWriter.Write(stream, features, "terrain-descent batch");
            context.Response.Headers.ContentDisposition = "attachment; filename=\"terrain-descent-batch.geojson\"";
            await ApiResponses.Bytes(context, stream.ToArray(), "application/geo+json");
        });
    }

    private static (IReadOnlyList<MapPeak> Peaks, IReadOnlyList<IDescentMethod> Methods, BatchRunner Runner) Prepare(HttpContext context, TerrainScene scene)
    {
        var reader = new QueryReader(context.Request.Query, KnownNames);
        var (west, south, east, north) = PeakEndpoints.Box(reader.Text("bbox") ?? throw new ApiInputException("bbox is required (W,S,E,N in degrees, for example -7,52.4,-6.6,52.8)"));
        var minProminence = reader.Number("minProminence", 100, 0, 9_000, "100");
        var (methods, options, snapRadius) = DescentQuery.ParseRun(reader);
        var peaks = scene.Peaks.Within(west, south, east, north, minProminence).Take(MaxStarts).ToList();

        // The summits are found on one layer at a time; a batch runs on the finest layer under its first start,
        // which is every start for the usual single-resolution terrain.
        var descender = peaks.Count > 0 ? scene.DescenderAt(peaks[0].LongitudeDegrees, peaks[0].LatitudeDegrees) : scene.DescenderAt(scene.Footprints[0].West + 1e-6, scene.Footprints[0].South + 1e-6);
        var runner = new BatchRunner(descender, new BatchOptions { Descent = options, SnapRadiusMetres = snapRadius, MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount / 2) });
        return (peaks, methods, runner);
    }

    private static List<BatchStart> Starts(IReadOnlyList<MapPeak> peaks) =>
        peaks.Select(p => new BatchStart(p.Name ?? p.Id, p.LongitudeDegrees, p.LatitudeDegrees)).ToList();

    private static async Task WriteLineAsync(HttpContext context, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ApiResponses.Options))
        {
            write(json);
        }

        buffer.WriteByte((byte)'\n');
        await context.Response.Body.WriteAsync(buffer.ToArray());
        await context.Response.Body.FlushAsync();
    }

    private static void WriteProgress(Utf8JsonWriter json, int completed, int total)
    {
        json.WriteStartObject();
        json.WriteNumber("completed", completed);
        json.WriteNumber("total", total);
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, BatchResult result, IReadOnlyList<MapPeak> peaks, TerrainScene scene)
    {
        json.WriteStartObject();
        json.WriteNumber("starts", peaks.Count);
        json.WriteStartArray("summary");
        foreach (var summary in result.Summaries)
        {
            json.WriteStartObject();
            json.WriteString("method", summary.Method);
            json.WriteString("colour", scene.Composition.StyleFor(summary.Method).Colour.ToHex());
            json.WriteNumber("count", summary.Count);
            json.WriteNumber("descended", summary.Descended);
            WriteFinite(json, "seaLevelShare", summary.SeaLevelShare);
            WriteFinite(json, "medianSteps", summary.MedianSteps);
            WriteFinite(json, "medianGroundLengthMetres", summary.MedianGroundLengthMetres);
            json.WriteStartObject("endReasons");
            foreach (var (reason, count) in summary.ReasonCounts.Where(r => r.Value > 0))
            {
                json.WriteNumber(reason.ToName(), count);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("paths");
        foreach (var outcome in result.Outcomes.Where(o => o.Descended))
        {
            var path = outcome.Path;
            var stride = Math.Max(1, (int)Math.Ceiling(path.Vertices.Count / (double)MaxVerticesPerPath));
            json.WriteStartObject();
            json.WriteString("start", outcome.Start.Id);
            json.WriteString("method", path.Method);
            json.WriteString("endReason", path.Reason.ToName());
            json.WriteStartArray("coordinates");
            for (var i = 0; i < path.Vertices.Count; i += stride)
            {
                WritePosition(json, path.Vertices[i]);
            }

            WritePosition(json, path.End);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, PathVertex vertex)
    {
        json.WriteStartArray();
        json.WriteNumberValue(Math.Round(vertex.X, 6));
        json.WriteNumberValue(Math.Round(vertex.Y, 6));
        json.WriteEndArray();
    }

    private static void WriteFinite(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, Math.Round(value, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>Progress reported straight from the worker threads (no synchronisation context to post to).</summary>
    private sealed class Progress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
