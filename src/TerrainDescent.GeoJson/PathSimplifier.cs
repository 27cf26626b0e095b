using System.Globalization;
using NetTopologySuite.Geometries;
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

    /// <summary>
    /// The indices of the vertices Douglas–Peucker keeps at <paramref name="toleranceMetres"/>, in path order, first
    /// and last always included; all of them when the tolerance is 0.
    /// </summary>
    public static IReadOnlyList<int> KeptIndices(Coordinate[] lonLat, double toleranceMetres)
    {
        var longitudes = new double[lonLat.Length];
        var latitudes = new double[lonLat.Length];
        for (var i = 0; i < lonLat.Length; i++)
        {
            (longitudes[i], latitudes[i]) = (lonLat[i].X, lonLat[i].Y);
        }

        return KeptIndices(longitudes, latitudes, toleranceMetres);
    }

    /// <summary>
    /// The indices of the vertices Douglas–Peucker keeps at <paramref name="toleranceMetres"/>, for a path given as
    /// longitude and latitude arrays; in path order, first and last always included; all of them at tolerance 0.
    /// </summary>
    /// <remarks>
    /// Measured in a local equirectangular frame in metres around the first vertex, at its latitude's WGS84 scale (the
    /// scale error across a path a few kilometres long is well under 1 %). The recursion is the classic one: a section
    /// keeps its farthest vertex (the first of equals) when that lies more than the tolerance from the chord, and
    /// splits there; distances are to the chord as a segment. A kept vertex that repeats the previous kept position is
    /// dropped, except the last vertex, which is always kept. This is the rule NetTopologySuite's
    /// DouglasPeuckerSimplifier applies to a line; running it on flat arrays instead of NTS geometries, without an
    /// object per vertex, measured several times faster (see README, Speed), and a test holds the two to the same indices.
    /// </remarks>
    public static IReadOnlyList<int> KeptIndices(ReadOnlySpan<double> longitudes, ReadOnlySpan<double> latitudes, double toleranceMetres)
    {
        var n = longitudes.Length;
        if (toleranceMetres <= 0 || n < 3)
        {
            return Enumerable.Range(0, n).ToArray();
        }

        var metresPerDegreeLon = EarthScale.MetresPerDegreeLongitude(latitudes[0]);
        var metresPerDegreeLat = EarthScale.MetresPerDegreeLatitude(latitudes[0]);
        var east = new double[n];
        var north = new double[n];
        var spread = false;
        for (var i = 0; i < n; i++)
        {
            east[i] = (longitudes[i] - longitudes[0]) * metresPerDegreeLon;
            north[i] = (latitudes[i] - latitudes[0]) * metresPerDegreeLat;
            spread |= east[i] != 0 || north[i] != 0;
        }

        if (!spread)
        {
            // Every vertex on one spot: Douglas–Peucker would merge them into a single point, not a line.
            return [0, n - 1];
        }

        var keep = new bool[n];
        keep[0] = keep[n - 1] = true;
        var sections = new Stack<(int First, int Last)>();
        sections.Push((0, n - 1));
        while (sections.Count > 0)
        {
            var (first, last) = sections.Pop();
            if (first + 1 >= last)
            {
                continue;
            }

            var farthest = first;
            var farthestMetres = -1.0;
            for (var k = first + 1; k < last; k++)
            {
                var distance = SegmentDistance(east[k], north[k], east[first], north[first], east[last], north[last]);
                if (distance > farthestMetres)
                {
                    farthestMetres = distance;
                    farthest = k;
                }
            }

            if (farthestMetres > toleranceMetres)
            {
                keep[farthest] = true;
                sections.Push((farthest, last));
                sections.Push((first, farthest));
            }
        }

        var indices = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (keep[i] && (indices.Count == 0 || east[i] != east[indices[^1]] || north[i] != north[indices[^1]]))
            {
                indices.Add(i);
            }
        }

        if (indices[^1] != n - 1)
        {
            indices.Add(n - 1);
        }

        return indices;
    }

    /// <summary>Distance from (px, py) to the segment from (ax, ay) to (bx, by), in the frame's metres.</summary>
    private static double SegmentDistance(double px, double py, double ax, double ay, double bx, double by)
    {
        if (ax == bx && ay == by)
        {
            return Hypotenuse(px - ax, py - ay);
        }

        var lengthSquared = (bx - ax) * (bx - ax) + (by - ay) * (by - ay);
        var r = ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / lengthSquared;
        if (r <= 0.0)
        {
            return Hypotenuse(px - ax, py - ay);
        }

        if (r >= 1.0)
        {
            return Hypotenuse(px - bx, py - by);
        }

        var s = ((ay - py) * (bx - ax) - (ax - px) * (by - ay)) / lengthSquared;
        return Math.Abs(s) * Math.Sqrt(lengthSquared);
    }

    private static double Hypotenuse(double dx, double dy) => Math.Sqrt(dx * dx + dy * dy);
}
