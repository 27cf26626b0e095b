using System.Buffers;
using NetTopologySuite.Geometries;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;

namespace TerrainDescent.GeoJson;

/// <summary>
/// Turns descent paths into GeoJSON features: one LineString per path, longitude/latitude/elevation per vertex,
/// and properties method, parameters (α, γ, sea level and step budget always, then the other parameters the
/// method reads, such as <c>eta_m</c> for Adam), start and end (lon, lat, elevation), end reason, steps, ground length and drop, and the ascent and descent totals with their hysteresis
/// threshold (<c>ascent_m</c>, <c>descent_m</c>, <c>climb_threshold_m</c>, see <see cref="ClimbTotals"/>).
/// With a simplify tolerance the LineString keeps only the vertices Douglas–Peucker needs at that many ground metres
/// (<see cref="PathSimplifier"/>), and the tolerance is written as <c>simplify_m</c>; <c>steps</c>, ground length and
/// drop always describe the whole walked path.
/// </summary>
public static class PathFeatures
{
    private static readonly GeometryFactory s_factory = new(new PrecisionModel(), 4326);

    /// <summary>A position converter from the grid's CRS to WGS84 (longitude, latitude).</summary>
    public delegate (double Longitude, double Latitude) ToLonLat(double x, double y);

    /// <summary>
    /// The feature of <paramref name="path"/>. A path of a single vertex (no step taken) is written as a
    /// LineString of that position twice, so every feature has the same geometry type. <paramref name="simplifyMetres"/>
    /// is the Douglas–Peucker tolerance in ground metres (≥ 0; 0 writes every vertex). <paramref name="toLonLat"/> is
    /// null when the path's x and y already are longitude and latitude.
    /// </summary>
    public static GeoJsonFeature Create(TerrainPath path, ToLonLat? toLonLat, string? startId = null, string? startProblem = null, double simplifyMetres = 0)
    {
        var count = path.Vertices.Count;
        var vertices = ArrayPool<PathVertex>.Shared.Rent(count);
        var longitudes = ArrayPool<double>.Shared.Rent(count);
        var latitudes = ArrayPool<double>.Shared.Rent(count);
        Coordinate[] written;
        IReadOnlyList<int> kept;
        ClimbTotals climb;
        try
        {
            path.CopyVerticesTo(vertices);
            for (var i = 0; i < count; i++)
            {
                var vertex = vertices[i];
                (longitudes[i], latitudes[i]) = toLonLat is null ? (vertex.X, vertex.Y) : toLonLat(vertex.X, vertex.Y);
            }

            // Only the vertices written become coordinates: simplification runs on the flat (pooled) arrays.
            kept = PathSimplifier.Problem(simplifyMetres) is { } problem
                ? throw new ArgumentOutOfRangeException(nameof(simplifyMetres), problem)
                : PathSimplifier.KeptIndices(longitudes.AsSpan(0, count), latitudes.AsSpan(0, count), simplifyMetres);
            written = new Coordinate[Math.Max(2, kept.Count)];
            for (var i = 0; i < kept.Count; i++)
            {
                var k = kept[i];
                written[i] = new CoordinateZ(longitudes[k], latitudes[k], vertices[k].ElevationMetres);
            }

            climb = ClimbTotals.Of(vertices.AsSpan(0, count), ClimbTotals.DefaultThresholdMetres);
        }
        finally
        {
            ArrayPool<PathVertex>.Shared.Return(vertices);
            ArrayPool<double>.Shared.Return(longitudes);
            ArrayPool<double>.Shared.Return(latitudes);
        }

        if (kept.Count == 1)
        {
            written[1] = written[0].Copy();
        }

        var start = written[0];
        var end = written[kept.Count == 1 ? 1 : kept.Count - 1];
        var options = path.Options;
        var properties = new List<KeyValuePair<string, object?>>();
        if (startId is not null)
        {
            properties.Add(new("start_id", startId));
        }

        properties.AddRange(
        [
            new("method", path.Method),
            new("alpha_m", options.AlphaMetres),
            new("gamma", options.Gamma),
            new("sea_level_m", options.SeaLevelMetres),
            new("max_steps", options.MaxSteps),
        ]);

        // The other parameters the method reads, each under its column name; α and γ above are always written.
        foreach (var parameter in MethodParameters.For(path.Method))
        {
            if (parameter != MethodParameters.Alpha && parameter != MethodParameters.Gamma)
            {
                properties.Add(new(parameter.ColumnName, parameter.Read(options)));
            }
        }

        properties.AddRange(
        [
            new("start_lon", Math.Round(start.X, GeoJsonWriter.CoordinateDecimals)),
            new("start_lat", Math.Round(start.Y, GeoJsonWriter.CoordinateDecimals)),
            new("start_elevation_m", Round(path.Start.ElevationMetres)),
            new("end_lon", Math.Round(end.X, GeoJsonWriter.CoordinateDecimals)),
            new("end_lat", Math.Round(end.Y, GeoJsonWriter.CoordinateDecimals)),
            new("end_elevation_m", Round(path.End.ElevationMetres)),
            new("end_reason", path.Reason.ToName()),
            new("steps", path.Steps),
            new("ground_length_m", Round(path.GroundLengthMetres)),
            new("drop_m", Round(path.DropMetres)),
            new("ascent_m", Round(climb.AscentMetres)),
            new("descent_m", Round(climb.DescentMetres)),
            new("climb_threshold_m", climb.ThresholdMetres),
        ]);
        if (simplifyMetres > 0)
        {
            properties.Add(new("simplify_m", simplifyMetres));
        }

        if (startProblem is not null)
        {
            properties.Add(new("start_problem", startProblem));
        }

        return new GeoJsonFeature(s_factory.CreateLineString(written), properties);
    }

    private static double Round(double metres) => Math.Round(metres, GeoJsonWriter.MetreDecimals);
}
