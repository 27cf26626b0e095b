using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TerrainDescent.GeoJson;

namespace TerrainDescent.Web.Api;

/// <summary>
/// <c>GET /api/descend</c> (paths as JSON for the page) and <c>GET /api/descend.geojson</c> (the same paths as an
/// RFC 7946 download, written by the CLI's GeoJSON writer). Both take the <see cref="DescentQuery"/> parameters.
/// </summary>
public static class DescentEndpoints
{
    /// <summary>Maps both routes.</summary>
    public static void Map(WebApplication app, TerrainScene scene, ILogger logger)
    {
        var service = new DescentService(scene);
        WarmUp(scene, service);
        app.MapGet("/api/descend", context => DescendAsync(context, scene, service, logger));
        app.MapGet("/api/descend.geojson", context => DownloadAsync(context, service));
    }

    private static Task DescendAsync(HttpContext context, TerrainScene scene, DescentService service, ILogger logger)
    {
        var outcome = service.Run(DescentQuery.Parse(context.Request.Query));
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

    private static Task DownloadAsync(HttpContext context, DescentService service)
    {
        var outcome = service.Run(DescentQuery.Parse(context.Request.Query));
        var features = outcome.Paths.Select(p => PathFeatures.Create(p, (x, y) => (x, y))).ToList();
        using var stream = new MemoryStream();
        GeoJsonWriter.Write(stream, features, "terrain-descent paths");
        context.Response.Headers.ContentDisposition = "attachment; filename=\"terrain-descent-paths.geojson\"";
        return ApiResponses.Bytes(context, stream.ToArray(), "application/geo+json");
    }
}
