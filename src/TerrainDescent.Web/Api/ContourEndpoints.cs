using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using TerrainDescent.Gdal;

namespace TerrainDescent.Web.Api;

/// <summary>
/// <c>GET /api/contours?bbox=W,S,E,N&amp;interval=M</c>: contour lines every M metres (levels at whole multiples of
/// M) over the box, as GeoJSON LineStrings with <c>elevation_m</c>, traced by GDAL's contour algorithm over the
/// finest layer's samples (<see cref="ContourGrid"/>: thinned to at most 800 per side, refused beyond 16× thinning).
/// The answer states the thinning (<c>strideSamples</c>) and is cached as the XYZ tiles are. Refused with 400: an
/// interval that is not above 0 or above <see cref="MaxIntervalMetres"/>, more than <see cref="MaxLevels"/> levels
/// in the box, or more than <see cref="MaxVertices"/> vertices in all.
/// </summary>
public static class ContourEndpoints
{
    /// <summary>The largest interval, metres.</summary>
    public const double MaxIntervalMetres = 5_000;

    /// <summary>The most levels one answer may trace.</summary>
    public const int MaxLevels = 500;

    /// <summary>The most vertices one answer may hold, in all its lines.</summary>
    public const int MaxVertices = 250_000;

    /// <summary>Maps the route.</summary>
    public static void Map(WebApplication app, TerrainScene scene)
    {
        app.MapMethods("/api/contours", ApiResponses.ReadMethods, context =>
        {
            var clock = Stopwatch.StartNew();
            var reader = new QueryReader(context.Request.Query, "bbox", "interval");
            var (west, south, east, north) = PeakEndpoints.Box(reader.Text("bbox") ?? throw new ApiInputException("bbox is required (W,S,E,N in degrees, for example -6.85,52.57,-6.7,52.66)"));
            var intervalMetres = reader.RequiredNumber("interval", double.MinValue, double.MaxValue, "20");
            if (intervalMetres <= 0 || intervalMetres > MaxIntervalMetres)
            {
                throw new ApiInputException(Invariant($"interval must be more than 0 and at most {MaxIntervalMetres} metres, not {intervalMetres}"));
            }

            var grid = ContourGrid.Sample(scene, west, south, east, north);
            CheckLevels(grid, intervalMetres);
            IReadOnlyList<ContourLine> lines;
            try
            {
                lines = ContourGenerator.Trace(grid.Samples, grid.Width, grid.Height, grid.FirstLongitude, grid.FirstLatitude,
                    grid.StepLongitudeDegrees, grid.StepLatitudeDegrees, intervalMetres, MaxVertices);
            }
            catch (ContourLimitException)
            {
                throw new ApiInputException(Invariant($"the contours every {intervalMetres} m in this box would hold more than {MaxVertices} vertices; choose a larger interval or a smaller box"));
            }

            context.Response.Headers.CacheControl = MapEndpoints.TileCacheControl;
            context.Response.Headers["Server-Timing"] = Invariant($"contours;dur={clock.Elapsed.TotalMilliseconds:0.###}");
            return ApiResponses.Json(context, json => ContourJson.Write(json, lines, intervalMetres, grid), "application/geo+json");
        });
    }

    /// <summary>Refuses an interval that would trace more than <see cref="MaxLevels"/> levels between the box's lowest and highest samples.</summary>
    private static void CheckLevels(ContourGrid grid, double intervalMetres)
    {
        var (lowest, highest) = (double.PositiveInfinity, double.NegativeInfinity);
        foreach (var sample in grid.Samples)
        {
            if (!float.IsNaN(sample))
            {
                lowest = Math.Min(lowest, sample);
                highest = Math.Max(highest, sample);
            }
        }

        var levels = highest >= lowest ? Math.Floor(highest / intervalMetres) - Math.Ceiling(lowest / intervalMetres) + 1 : 0;
        if (levels > MaxLevels)
        {
            throw new ApiInputException(Invariant($"interval {intervalMetres} m gives {levels:0} levels between {lowest:0.#} and {highest:0.#} m in this box, more than {MaxLevels}; choose a larger interval"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
