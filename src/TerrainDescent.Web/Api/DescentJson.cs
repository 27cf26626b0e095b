using System.Text.Json;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Rendering.Map;

namespace TerrainDescent.Web.Api;

/// <summary>
/// Writes a <see cref="DescentOutcome"/> for the page: the start, the timing, and per path its method colour,
/// stop reason and measures (with the ascent and descent totals at <see cref="ClimbTotals.DefaultThresholdMetres"/>) plus per-vertex longitude, latitude, elevation and ground distance from the start
/// (the map line, the animation and the profile all read these arrays, in step order), and the gradient ∇z
/// (∂z/∂east, ∂z/∂north, metres per metre) of the surface the path descended at each vertex, for the step table.
/// </summary>
/// <remarks>
/// A path longer than <see cref="MaxVerticesPerPath"/> is thinned on the server to every k-th vertex (always keeping
/// the first and the last), and k is written as <c>thinnedEvery</c> (1 = every step); distances stay the exact
/// ground distance along the full path. This bounds the answer to about 1 MB per path whatever the step budget.
/// The per-vertex arrays are whole numbers in fixed units — degrees × 10⁷ (about 1 cm, the GeoJSON precision),
/// centimetres, decimetres and 10⁻⁵ m/m — because integers format several times faster than shortest-round-trip doubles
/// and a long path has tens of thousands of vertices. Null marks a non-finite value.
/// </remarks>
public static class DescentJson
{
    /// <summary>The most vertices written per path; longer paths are thinned to every k-th vertex.</summary>
    public const int MaxVerticesPerPath = 20_000;

    /// <summary>The stride that thins <paramref name="vertexCount"/> vertices to at most <see cref="MaxVerticesPerPath"/>.</summary>
    public static int ThinningStride(int vertexCount) =>
        vertexCount <= MaxVerticesPerPath ? 1 : (int)Math.Ceiling((vertexCount - 1) / (double)(MaxVerticesPerPath - 2));

    /// <summary>Writes the outcome.</summary>
    public static void Write(Utf8JsonWriter json, DescentOutcome outcome, TerrainDescender descender, MapComposition map)
    {
        var options = outcome.Query.Options;
        json.WriteStartObject();
        json.WriteStartObject("start");
        json.WriteNumber("lon", Math.Round(outcome.Start.X, 7));
        json.WriteNumber("lat", Math.Round(outcome.Start.Y, 7));
        json.WriteNumber("elevationMetres", Math.Round(outcome.Start.ElevationMetres, 2));
        json.WriteBoolean("snapped", outcome.Snapped);
        json.WriteEndObject();
        json.WriteStartObject("options");
        foreach (var parameter in MethodParameters.All)
        {
            json.WriteNumber(parameter.Name, parameter.Read(options));
        }

        json.WriteNumber("seaLevel", options.SeaLevelMetres);
        json.WriteNumber("maxSteps", options.MaxSteps);
        json.WriteNumber("snapRadius", outcome.Query.SnapRadiusMetres);
        json.WriteEndObject();
        json.WriteNumber("descentMilliseconds", Math.Round(outcome.DescentMilliseconds, 3));
        json.WriteNumber("climbThresholdMetres", ClimbTotals.DefaultThresholdMetres);
        json.WriteStartArray("paths");
        using var reader = descender.Surface.OpenReader();
        var lattice = descender.Surface.Lattice;
        foreach (var path in outcome.Paths)
        {
            json.WriteStartObject();
            json.WriteString("method", path.Method);
            json.WriteString("colour", map.StyleFor(path.Method).Colour.ToHex());
            json.WriteString("endReason", path.Reason.ToName());
            json.WriteNumber("steps", path.Steps);
            json.WriteNumber("groundLengthMetres", Math.Round(path.GroundLengthMetres, 2));
            json.WriteNumber("dropMetres", Math.Round(path.DropMetres, 2));
            json.WriteNumber("endElevationMetres", Math.Round(path.End.ElevationMetres, 2));
            var climb = ClimbTotals.Of(path);
            json.WriteNumber("ascentMetres", Math.Round(climb.AscentMetres, 2));
            json.WriteNumber("descentMetres", Math.Round(climb.DescentMetres, 2));
            json.WriteNumber("endLon", Math.Round(path.End.X, 7));
            json.WriteNumber("endLat", Math.Round(path.End.Y, 7));
            var stride = ThinningStride(path.Vertices.Count);
            json.WriteNumber("thinnedEvery", stride);
            WriteFixed(json, "lonE7", Thin(path.Vertices, stride).Select(v => v.X), 1e7);
            WriteFixed(json, "latE7", Thin(path.Vertices, stride).Select(v => v.Y), 1e7);
            WriteFixed(json, "elevationCm", Thin(path.Vertices, stride).Select(v => v.ElevationMetres), 100);
            WriteFixed(json, "distanceDm", Thin(descender.CumulativeMetres(path), stride), 10);
            var gradients = Thin(path.Vertices, stride).Select(v => reader.GradientAt(lattice.UOf(v.X), lattice.VOf(v.Y))).ToList();
            WriteFixed(json, "gradientEastE5", gradients.Select(g => g.EastSlope), 1e5);
            WriteFixed(json, "gradientNorthE5", gradients.Select(g => g.NorthSlope), 1e5);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Every <paramref name="stride"/>-th item, starting with the first and always ending with the last.</summary>
    private static IEnumerable<T> Thin<T>(IReadOnlyList<T> items, int stride)
    {
        for (var i = 0; i < items.Count; i += stride)
        {
            yield return items[i];
        }

        if (stride > 1 && (items.Count - 1) % stride != 0)
        {
            yield return items[^1];
        }
    }

    private static void WriteFixed(Utf8JsonWriter json, string name, IEnumerable<double> values, double unitsPerValue)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                json.WriteNumberValue((long)Math.Round(value * unitsPerValue));
            }
            else
            {
                json.WriteNullValue();
            }
        }

        json.WriteEndArray();
    }
}
