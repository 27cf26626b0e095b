using System.Text.Json;
using TerrainDescent.Gdal;

namespace TerrainDescent.Web.Api;

/// <summary>
/// Writes contour lines as an RFC 7946 FeatureCollection: one LineString per line, coordinates in degrees to 7
/// decimals (about 1 cm), its level as <c>elevation_m</c>; beside the features the interval and the grid traced
/// (<c>strideSamples</c>: 1 when every sample of the finest tiles was used).
/// </summary>
public static class ContourJson
{
    /// <summary>Writes the collection.</summary>
    public static void Write(Utf8JsonWriter json, IReadOnlyList<ContourLine> lines, double intervalMetres, ContourGrid grid)
    {
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteNumber("intervalMetres", intervalMetres);
        json.WriteNumber("strideSamples", grid.Stride);
        json.WriteNumber("sampleSpacingDegrees", Math.Round(grid.StepLongitudeDegrees, 9));
        json.WriteNumber("vertices", lines.Sum(l => l.X.Length));
        json.WriteStartArray("features");
        foreach (var line in lines)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("geometry");
            json.WriteString("type", "LineString");
            json.WriteStartArray("coordinates");
            for (var i = 0; i < line.X.Length; i++)
            {
                json.WriteStartArray();
                json.WriteNumberValue(Math.Round(line.X[i], 7));
                json.WriteNumberValue(Math.Round(line.Y[i], 7));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteNumber("elevation_m", line.ElevationMetres);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
