using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TerrainDescent.Web.Api;

/// <summary>
/// <c>GET /api/gradient?bbox=W,S,E,N&amp;count=N</c>: the downhill direction −∇z on an N × N grid of points at the
/// centres of equal cells of the box (WGS84 degrees; N from 2 to <see cref="MaxCount"/>, default 16), for the
/// teaching mode's arrows. Each point has lon, lat and <c>east</c>, <c>north</c>: the components of −∇z as ground
/// slopes (metres of height per metre, the central-difference gradient of the bilinear surface the methods
/// descend). Points off the data or in voids are left out.
/// </summary>
public static class GradientEndpoints
{
    /// <summary>The most points per side.</summary>
    public const int MaxCount = 40;

    /// <summary>Maps the route.</summary>
    public static void Map(WebApplication app, TerrainScene scene)
    {
        app.MapMethods("/api/gradient", ApiResponses.ReadMethods, context =>
        {
            var reader = new QueryReader(context.Request.Query, "bbox", "count");
            var (west, south, east, north) = PeakEndpoints.Box(reader.Text("bbox") ?? throw new ApiInputException("bbox is required (W,S,E,N in degrees, for example -6.9,52.5,-6.7,52.7)"));
            var count = reader.WholeNumber("count", 16, 2, MaxCount);
            return ApiResponses.Json(context, json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("points");
                for (var row = 0; row < count; row++)
                {
                    var lat = south + ((row + 0.5) * (north - south) / count);
                    for (var column = 0; column < count; column++)
                    {
                        var lon = west + ((column + 0.5) * (east - west) / count);
                        var pick = scene.Terrain.Pick(lon, lat);
                        if (pick is not { } found || !found.Layer.Surface.IsOnData(found.X, found.Y))
                        {
                            continue;
                        }

                        var (eastSlope, northSlope) = found.Layer.Surface.GradientAtCrs(found.X, found.Y);
                        if (!double.IsFinite(eastSlope) || !double.IsFinite(northSlope))
                        {
                            continue;
                        }

                        json.WriteStartObject();
                        json.WriteNumber("lon", Math.Round(lon, 6));
                        json.WriteNumber("lat", Math.Round(lat, 6));
                        json.WriteNumber("east", Math.Round(-eastSlope, 5));
                        json.WriteNumber("north", Math.Round(-northSlope, 5));
                        json.WriteEndObject();
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
        });
    }
}
