using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using TerrainDescent.Web.Peaks;

namespace TerrainDescent.Web.Api;

/// <summary>
/// <c>GET /api/peaks?bbox=W,S,E,N&amp;minProminence=M</c>: the summits inside the box (WGS84 degrees) with at least
/// M metres of prominence (default 100, at least <see cref="PeakCatalogue.FloorProminenceMetres"/> in effect), as a
/// GeoJSON FeatureCollection of Points (lon, lat, elevation) with properties id, name (named summits only),
/// elevation_m and prominence_m, most prominent first and at most <see cref="MaxFeatures"/> of them
/// (<c>truncated</c> says when more matched). Without bbox, the whole data.
/// </summary>
public static class PeakEndpoints
{
    /// <summary>The most summits one answer holds.</summary>
    public const int MaxFeatures = 500;

    /// <summary>Maps the route.</summary>
    public static void Map(WebApplication app, PeakCatalogue catalogue)
    {
        app.MapMethods("/api/peaks", ApiResponses.ReadMethods, context =>
        {
            var reader = new QueryReader(context.Request.Query, "bbox", "minProminence");
            var (west, south, east, north) = Box(reader.Text("bbox"));
            var minProminence = reader.Number("minProminence", 100, 0, 9_000, "100");
            var matched = catalogue.Within(west, south, east, north, minProminence).Take(MaxFeatures + 1).ToList();
            return ApiResponses.Json(context, json =>
            {
                json.WriteStartObject();
                json.WriteString("type", "FeatureCollection");
                json.WriteBoolean("truncated", matched.Count > MaxFeatures);
                json.WriteStartArray("features");
                foreach (var peak in matched.Take(MaxFeatures))
                {
                    json.WriteStartObject();
                    json.WriteString("type", "Feature");
                    json.WriteStartObject("geometry");
                    json.WriteString("type", "Point");
                    json.WriteStartArray("coordinates");
                    json.WriteNumberValue(Math.Round(peak.LongitudeDegrees, 7));
                    json.WriteNumberValue(Math.Round(peak.LatitudeDegrees, 7));
                    json.WriteNumberValue(Math.Round(peak.ElevationMetres, 2));
                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteStartObject("properties");
                    json.WriteString("id", peak.Id);
                    if (peak.Name is not null)
                    {
                        json.WriteString("name", peak.Name);
                    }

                    json.WriteNumber("elevation_m", Math.Round(peak.ElevationMetres, 2));
                    json.WriteNumber("prominence_m", Math.Round(peak.ProminenceMetres, 2));
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }, "application/geo+json");
        });
    }

    /// <summary>Reads "W,S,E,N" in degrees (west ≤ east, south ≤ north); the whole Earth when absent.</summary>
    internal static (double West, double South, double East, double North) Box(string? text)
    {
        if (text is null)
        {
            return (-180, -90, 180, 90);
        }

        var parts = text.Split(',');
        var values = new double[4];
        var valid = parts.Length == 4;
        for (var i = 0; valid && i < 4; i++)
        {
            valid = double.TryParse(parts[i], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out values[i])
                && Math.Abs(values[i]) <= (i % 2 == 0 ? 180 : 90);
        }

        if (!valid || values[0] > values[2] || values[1] > values[3])
        {
            throw new ApiInputException($"bbox must be W,S,E,N in decimal degrees with west ≤ east and south ≤ north (for example -7,52,-6,53), not '{(text.Length > 60 ? text[..60] + "…" : text)}'");
        }

        return (values[0], values[1], values[2], values[3]);
    }
}
