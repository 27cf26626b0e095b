using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TerrainDescent.Gdal;
using TerrainDescent.GeoJson;

namespace TerrainDescent.Web.Api;

/// <summary>
/// <c>GET /api/descend</c> (paths as JSON for the page), <c>GET /api/descend.geojson</c> (the same paths as an
/// RFC 7946 download, written by the CLI's GeoJSON writer) and <c>GET /api/descend.gpx</c> (GPX 1.1, one track per
/// path, translated from that GeoJSON by GDAL). All take the <see cref="DescentQuery"/> parameters (the downloads
/// also several starts, see <see cref="DescentStarts"/>),
/// and all pass through the <see cref="DescentGate"/>: a bounded number run at once, a bounded queue waits, and a
/// request whose client went away or that exceeds its time budget stops between methods.
/// </summary>
public static class DescentEndpoints
{
    /// <summary>
    /// Above this many vertices in all, the download is simplified at <see cref="DownloadSimplifyMetres"/> (written
    /// as <c>simplify_m</c> on each feature), which keeps a slow, many-step descent's file small.
    /// </summary>
    public const int DownloadVertexLimit = 200_000;

    /// <summary>The simplify tolerance of an over-long download, ground metres.</summary>
    public const double DownloadSimplifyMetres = 1.0;

    /// <summary>Maps the three routes.</summary>
    public static void Map(WebApplication app, TerrainScene scene, ILogger logger, DescentGate gate, TimeSpan timeBudget)
    {
        var service = new DescentService(scene);
        WarmUp(scene, service);
        app.MapMethods("/api/descend", ApiResponses.ReadMethods, async context =>
        {
            var outcome = await RunAsync(context, service, gate, timeBudget);
            await DescendAsync(context, outcome, scene, logger);
        });
        app.MapMethods("/api/descend.geojson", ApiResponses.ReadMethods, async context =>
        {
            var outcomes = await RunStartsAsync(context, service, gate, timeBudget);
            await DownloadAsync(context, outcomes, VectorFormat.GeoJson);
        });
        app.MapMethods("/api/descend.gpx", ApiResponses.ReadMethods, async context =>
        {
            var outcomes = await RunStartsAsync(context, service, gate, timeBudget);
            await DownloadAsync(context, outcomes, VectorFormat.Gpx);
        });
    }

    /// <summary>Validates the query, then waits for a slot and descends, within the time budget and while the client waits.</summary>
    private static async Task<DescentOutcome> RunAsync(HttpContext context, DescentService service, DescentGate gate, TimeSpan timeBudget) =>
        (await RunAsync(context, [DescentQuery.Parse(context.Request.Query)], service, gate, timeBudget))[0];

    /// <summary>As <see cref="RunAsync(HttpContext, DescentService, DescentGate, TimeSpan)"/> for every start of a download, in one slot.</summary>
    private static Task<IReadOnlyList<DescentOutcome>> RunStartsAsync(HttpContext context, DescentService service, DescentGate gate, TimeSpan timeBudget) =>
        RunAsync(context, DescentStarts.Parse(context.Request.Query), service, gate, timeBudget);

    private static async Task<IReadOnlyList<DescentOutcome>> RunAsync(HttpContext context, IReadOnlyList<DescentQuery> queries, DescentService service, DescentGate gate, TimeSpan timeBudget)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        budget.CancelAfter(timeBudget);
        try
        {
            using var lease = await gate.EnterAsync(budget.Token);
            var outcomes = new List<DescentOutcome>(queries.Count);
            foreach (var query in queries)
            {
                try
                {
                    outcomes.Add(service.Run(query, budget.Token));
                }
                catch (ApiInputException problem) when (queries.Count > 1)
                {
                    // One bad start refuses the whole download, naming which.
                    throw new ApiInputException($"start {outcomes.Count + 1} of {queries.Count}: {problem.Message}");
                }
            }

            return outcomes;
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            throw new ServerBusyException(FormattableString.Invariant($"the request took longer than its {timeBudget.TotalSeconds:F0} s budget; try again shortly, or ask for fewer methods or steps"));
        }
    }

    private static Task DescendAsync(HttpContext context, DescentOutcome outcome, TerrainScene scene, ILogger logger)
    {
        var clock = Stopwatch.StartNew();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, ApiResponses.Options))
        {
            DescentJson.Write(json, outcome, outcome.Descender, scene.Composition);
        }

        var jsonMilliseconds = clock.Elapsed.TotalMilliseconds;
        context.Response.Headers["Server-Timing"] = string.Create(
            CultureInfo.InvariantCulture,
            $"descend;dur={outcome.DescentMilliseconds:0.###}, json;dur={jsonMilliseconds:0.###}");
        logger.LogInformation(
            "descend lat {Lat:F5} lon {Lon:F5}: {Paths} paths, {Vertices} vertices in {DescentMs:F2} ms (+{JsonMs:F2} ms JSON)",
            outcome.Query.LatitudeDegrees,
            outcome.Query.LongitudeDegrees,
            outcome.Paths.Count,
            outcome.Paths.Sum(p => p.Vertices.Count),
            outcome.DescentMilliseconds,
            jsonMilliseconds);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = buffer.WrittenCount;
        return context.Response.Body.WriteAsync(buffer.WrittenMemory).AsTask();
    }

    /// <summary>
    /// Runs one short descent and writes its JSON before the first request, which would otherwise pay for the
    /// just-in-time compilation of both (about 200 ms). A start in a void simply warms nothing.
    /// </summary>
    private static void WarmUp(TerrainScene scene, DescentService service)
    {
        var middle = scene.Footprints[0];
        var query = new DescentQuery(0.5 * (middle.South + middle.North), 0.5 * (middle.West + middle.East), Core.Descent.DescentMethods.All, new Core.Descent.DescentOptions { MaxSteps = 200 }, 0);
        try
        {
            using var json = new System.Text.Json.Utf8JsonWriter(Stream.Null);
            var outcome = service.Run(query);
            DescentJson.Write(json, outcome, outcome.Descender, scene.Composition);
        }
        catch (ApiInputException)
        {
        }
    }

    /// <summary>
    /// Writes the paths of every start, start by start and in method order within each, so each start's features
    /// are byte for byte those of its own single-start download (each names its start in <c>start_lon</c>,
    /// <c>start_lat</c>) — unless the starts together pass <see cref="DownloadVertexLimit"/>, which simplifies all.
    /// </summary>
    private static Task DownloadAsync(HttpContext context, IReadOnlyList<DescentOutcome> outcomes, VectorFormat format)
    {
        var paths = outcomes.SelectMany(o => o.Paths).ToList();
        var simplifyMetres = paths.Sum(p => (long)p.Vertices.Count) > DownloadVertexLimit ? DownloadSimplifyMetres : 0;
        var features = paths.Select(p => PathFeatures.Create(p, null, simplifyMetres: simplifyMetres)).ToList();
        using var stream = new MemoryStream();
        GeoJsonWriter.Write(stream, features, "terrain-descent paths");
        if (format == VectorFormat.Gpx)
        {
            var gpx = VectorExport.FromGeoJson(stream.ToArray(), "terrain-descent paths", VectorFormat.Gpx);
            context.Response.Headers.ContentDisposition = "attachment; filename=\"terrain-descent-paths.gpx\"";
            return ApiResponses.Bytes(context, gpx, "application/gpx+xml");
        }

        context.Response.Headers.ContentDisposition = "attachment; filename=\"terrain-descent-paths.geojson\"";
        return ApiResponses.Bytes(context, stream.ToArray(), "application/geo+json");
    }
}
