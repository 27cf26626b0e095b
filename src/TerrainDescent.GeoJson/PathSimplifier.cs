using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;
using TerrainDescent.Core.Terrain;

namespace TerrainDescent.GeoJson;

/// <summary>
/// Thins a WGS84 path (x = longitude, y = latitude, z = elevation) with the Douglas–Peucker algorithm at a
/// tolerance in ground metres, keeping a subset of the original vertices: every position written is a vertex the
/// descent really visited, with its exact elevation, and the first and last vertices are always kept. Every dropped
/// vertex lies within the tolerance, horizontally, of the kept segment that replaces it. Deterministic: the same
/// input gives the same vertices on any thread.
/// </summary>
public static class PathSimplifier
{
    private static readonly GeometryFactory s_metricFactory = new(new PrecisionModel(), 0);

    /// <summary>
    /// Why <paramref name="toleranceMetres"/> cannot be used (it must be a finite number of metres ≥ 0), or null.
    /// </summary>
    public static string? Problem(double toleranceMetres) =>
        double.IsFinite(toleranceMetres) && toleranceMetres >= 0
            ? null
            : $"simplify tolerance must be a finite number of metres ≥ 0, not {toleranceMetres.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The vertices of <paramref name="lonLat"/> that Douglas–Peucker keeps at <paramref name="toleranceMetres"/>
    /// (0 keeps every vertex and returns <paramref name="lonLat"/> itself), in their original order and as the
    /// original instances.
    /// </summary>
    public static Coordinate[] Simplify(Coordinate[] lonLat, double toleranceMetres)
    {
        var problem = Problem(toleranceMetres);
        if (problem is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(toleranceMetres), problem);
        }

        if (toleranceMetres <= 0 || lonLat.Length < 3)
        {
            return lonLat;
        }

        var kept = KeptIndices(lonLat, toleranceMetres);
        var result = new Coordinate[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            result[i] = lonLat[kept[i]];
        }

        return result;
    }

    /// <summary>The ascending indices of the vertices kept; always includes 0 and the last index.</summary>
    public static IReadOnlyList<int> KeptIndices(Coordinate[] lonLat, double toleranceMetres)
    {
        if (toleranceMetres <= 0 || lonLat.Length < 3)
        {
            return Enumerable.Range(0, lonLat.Length).ToArray();
        }

        // Local equirectangular frame in metres around the first vertex, at its latitude's WGS84 scale (the scale
        // error across a path a few kilometres long is well under 1 %). Each metric position carries its vertex
        // index in Z, which Douglas–Peucker ignores (it measures in x and y) and carries through to its output.
        var origin = lonLat[0];
        var metresPerDegreeLon = EarthScale.MetresPerDegreeLongitude(origin.Y);
        var metresPerDegreeLat = EarthScale.MetresPerDegreeLatitude(origin.Y);
        var metric = new Coordinate[lonLat.Length];
        var spread = false;
        for (var i = 0; i < lonLat.Length; i++)
        {
            var east = (lonLat[i].X - origin.X) * metresPerDegreeLon;
            var north = (lonLat[i].Y - origin.Y) * metresPerDegreeLat;
            metric[i] = new CoordinateZ(east, north, i);
            spread |= east != 0 || north != 0;
        }

        if (!spread)
        {
            // Every vertex on one spot: Douglas–Peucker would merge them into a single point, not a line.
            return [0, lonLat.Length - 1];
        }

        var simplified = DouglasPeuckerSimplifier.Simplify(s_metricFactory.CreateLineString(metric), toleranceMetres);

        // The simplifier also drops a kept vertex that repeats its predecessor's position, which could be the last
        // vertex of a path that ends by stalling in place; the ends are added back so the path keeps both.
        var coordinates = simplified.Coordinates;
        var indices = new List<int>(coordinates.Length + 1);
        foreach (var coordinate in coordinates)
        {
            indices.Add((int)coordinate.Z); // in path order, starting with 0
        }

        if (indices[^1] != lonLat.Length - 1)
        {
            indices.Add(lonLat.Length - 1);
        }

        return indices;
    }
}
