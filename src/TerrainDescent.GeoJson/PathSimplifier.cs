using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

        // The frame and the marks live in pooled arrays: a batch simplifies thousands of paths of thousands of
        // vertices, and fresh arrays per path were most of the stage's allocations.
        var east = ArrayPool<double>.Shared.Rent(n);
        var north = ArrayPool<double>.Shared.Rent(n);
        var keep = ArrayPool<bool>.Shared.Rent(n);
        try
        {
            return Kept(longitudes, latitudes, toleranceMetres, east, north, keep);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(east);
            ArrayPool<double>.Shared.Return(north);
            ArrayPool<bool>.Shared.Return(keep);
        }
    }

    private static IReadOnlyList<int> Kept(ReadOnlySpan<double> longitudes, ReadOnlySpan<double> latitudes, double toleranceMetres, double[] east, double[] north, bool[] keep)
    {
        var n = longitudes.Length;
        var metresPerDegreeLon = EarthScale.MetresPerDegreeLongitude(latitudes[0]);
        var metresPerDegreeLat = EarthScale.MetresPerDegreeLatitude(latitudes[0]);
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

        // Compared as squares: the farthest vertex and "beyond the tolerance" are the same under squaring, and the
        // scan then needs no square root and no division per vertex (one reciprocal per section).
        var toleranceSquared = toleranceMetres * toleranceMetres;
        Array.Clear(keep, 0, n);
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

            var (farthest, farthestSquared) = Farthest(east, north, first, last);
            if (farthestSquared > toleranceSquared)
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

    /// <summary>
    /// The vertex strictly between <paramref name="first"/> and <paramref name="last"/> farthest from the chord as a
    /// segment (the first of equals), and its squared distance in the frame's square metres. With the chord a→b of
    /// squared length L², a vertex p projects at t = (p−a)·(b−a) / L²: before a (t ≤ 0) its distance is |p−a|, past b
    /// (t ≥ 1) |p−b|, between them the perpendicular ((p−a)×(b−a))² / L².
    /// </summary>
    private static (int Index, double DistanceSquared) Farthest(double[] east, double[] north, int first, int last)
    {
        var (ax, ay, bx, by) = (east[first], north[first], east[last], north[last]);
        var (dx, dy) = (bx - ax, by - ay);
        var lengthSquared = dx * dx + dy * dy;
        var inverseLengthSquared = lengthSquared > 0 ? 1 / lengthSquared : 0;
        var farthest = first;
        var farthestSquared = -1.0;
        var k = first + 1;
        if (Vector256.IsHardwareAccelerated && lengthSquared > 0 && last - k >= 2 * Vector256<double>.Count)
        {
            (farthest, farthestSquared, k) = FarthestFourAtATime(east, north, first, last, inverseLengthSquared);
        }

        for (; k < last; k++)
        {
            var (px, py) = (east[k] - ax, north[k] - ay);
            var along = px * dx + py * dy;
            double squared;
            if (lengthSquared == 0 || along <= 0)
            {
                squared = px * px + py * py;
            }
            else if (along >= lengthSquared)
            {
                var (qx, qy) = (east[k] - bx, north[k] - by);
                squared = qx * qx + qy * qy;
            }
            else
            {
                var cross = px * dy - py * dx;
                squared = cross * cross * inverseLengthSquared;
            }

            if (squared > farthestSquared)
            {
                farthestSquared = squared;
                farthest = k;
            }
        }

        return (farthest, farthestSquared);
    }

    /// <summary>
    /// <see cref="Farthest"/> over the vertices after <paramref name="first"/> in runs of four, with the same
    /// operations in the same order on each lane (so the same distances to the last bit) and the first of equals
    /// kept: each lane keeps its own first maximum, and the lanes' maxima are then taken lowest index first among
    /// equals. Returns the farthest so far, its squared distance and the first vertex not yet looked at.
    /// </summary>
    private static (int Index, double DistanceSquared, int Next) FarthestFourAtATime(double[] east, double[] north, int first, int last, double inverseLengthSquared)
    {
        var (ax, ay, bx, by) = (east[first], north[first], east[last], north[last]);
        var (dx, dy) = (bx - ax, by - ay);
        var lengthSquared = dx * dx + dy * dy;
        var (vax, vay, vbx, vby) = (Vector256.Create(ax), Vector256.Create(ay), Vector256.Create(bx), Vector256.Create(by));
        var (vdx, vdy) = (Vector256.Create(dx), Vector256.Create(dy));
        var (vLength, vInverse) = (Vector256.Create(lengthSquared), Vector256.Create(inverseLengthSquared));
        var best = Vector256.Create(-1.0);
        var bestIndex = Vector256<double>.Zero;
        var index = Vector256.Create(first + 1.0, first + 2.0, first + 3.0, first + 4.0);
        var four = Vector256.Create(4.0);
        var k = first + 1;

        // Invariant: k + 4 ≤ last < east.Length, so each load of four stays inside the arrays.
        ref var eastAt = ref MemoryMarshal.GetArrayDataReference(east);
        ref var northAt = ref MemoryMarshal.GetArrayDataReference(north);
        for (; k + 4 <= last; k += 4, index += four)
        {
            var e = Vector256.LoadUnsafe(ref eastAt, (nuint)k);
            var n = Vector256.LoadUnsafe(ref northAt, (nuint)k);
            var (px, py) = (e - vax, n - vay);
            var along = (px * vdx) + (py * vdy);
            var toA = (px * px) + (py * py);
            var (qx, qy) = (e - vbx, n - vby);
            var toB = (qx * qx) + (qy * qy);
            var cross = (px * vdy) - (py * vdx);
            var toLine = cross * cross * vInverse;
            var squared = Vector256.ConditionalSelect(Vector256.LessThanOrEqual(along, Vector256<double>.Zero), toA, Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(along, vLength), toB, toLine));
            var greater = Vector256.GreaterThan(squared, best);
            best = Vector256.ConditionalSelect(greater, squared, best);
            bestIndex = Vector256.ConditionalSelect(greater, index, bestIndex);
        }

        var (farthest, farthestSquared) = (first, -1.0);
        for (var lane = 0; lane < Vector256<double>.Count; lane++)
        {
            var (value, at) = (best.GetElement(lane), (int)bestIndex.GetElement(lane));
            if (value > farthestSquared || (value == farthestSquared && at < farthest))
            {
                (farthest, farthestSquared) = (at, value);
            }
        }

        return (farthest, farthestSquared, k);
    }
}
