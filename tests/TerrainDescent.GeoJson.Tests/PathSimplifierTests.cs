using NetTopologySuite.Geometries;
using TerrainDescent.Core.Terrain;

namespace TerrainDescent.GeoJson.Tests;

public sealed class PathSimplifierTests
{
    private const double StartLon = -6.7797;
    private const double StartLat = 52.6175;

    private static readonly double s_metresPerDegreeLon = EarthScale.MetresPerDegreeLongitude(StartLat);
    private static readonly double s_metresPerDegreeLat = EarthScale.MetresPerDegreeLatitude(StartLat);

    /// <summary>A WGS84 vertex <paramref name="eastMetres"/>, <paramref name="northMetres"/> from the start.</summary>
    private static Coordinate At(double eastMetres, double northMetres, double elevationMetres) =>
        new CoordinateZ(StartLon + eastMetres / s_metresPerDegreeLon, StartLat + northMetres / s_metresPerDegreeLat, elevationMetres);

    /// <summary>A descent-like path of sub-metre steps that winds: a slow sine about a north-east line, 0.4 m per step.</summary>
    private static Coordinate[] WindingPath(int steps = 3000) =>
        Enumerable.Range(0, steps + 1)
            .Select(i => At(0.4 * i, 0.25 * i + 30 * Math.Sin(i / 150.0) + 2 * Math.Sin(i / 11.0), 900 - 0.05 * i))
            .ToArray();

    [Fact]
    public void Simplify_ThousandCollinearSteps_CollapsesToStartAndEnd()
    {
        var path = Enumerable.Range(0, 1001).Select(i => At(0.3 * i, 0.2 * i, 800 - 0.01 * i)).ToArray();

        var kept = PathSimplifier.Simplify(path, 1.0);

        Assert.Equal(2, kept.Length);
        Assert.Same(path[0], kept[0]);
        Assert.Same(path[^1], kept[1]);
    }

    [Fact]
    public void Simplify_PathWithACorner_KeepsTheCorner()
    {
        var east = Enumerable.Range(0, 500).Select(i => At(0.5 * i, 0, 700 - 0.01 * i));
        var north = Enumerable.Range(0, 501).Select(i => At(250, 0.5 * i, 695 - 0.01 * i));
        var path = east.Concat(north).ToArray();

        var kept = PathSimplifier.KeptIndices(path, 1.0);

        Assert.Equal([0, 500, 1000], kept);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(5.0)]
    [InlineData(25.0)]
    public void Simplify_WindingPath_KeepsOriginalVerticesWithTheirExactElevation(double toleranceMetres)
    {
        var path = WindingPath();

        var kept = PathSimplifier.Simplify(path, toleranceMetres);
        var indices = PathSimplifier.KeptIndices(path, toleranceMetres);

        Assert.InRange(kept.Length, 3, path.Length / 4);
        Assert.Equal(indices.Select(i => path[i]), kept);
        Assert.Equal(0, indices[0]);
        Assert.Equal(path.Length - 1, indices[^1]);
        Assert.True(indices.Zip(indices.Skip(1)).All(p => p.First < p.Second), "indices ascend");
        for (var k = 0; k < kept.Length; k++)
        {
            Assert.Same(path[indices[k]], kept[k]);
            Assert.Equal(path[indices[k]].Z, kept[k].Z);
        }
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(5.0)]
    [InlineData(25.0)]
    public void Simplify_WindingPath_EveryDroppedVertexIsWithinTheToleranceOfItsSegment(double toleranceMetres)
    {
        var path = WindingPath();

        var indices = PathSimplifier.KeptIndices(path, toleranceMetres);

        var worst = 0.0;
        for (var k = 0; k + 1 < indices.Count; k++)
        {
            for (var i = indices[k] + 1; i < indices[k + 1]; i++)
            {
                worst = Math.Max(worst, GroundDistanceToSegmentMetres(path[i], path[indices[k]], path[indices[k + 1]]));
            }
        }

        // 0.1 % allows for this check's frame (each segment's own latitude) differing from the simplifier's (the start's).
        Assert.True(worst <= toleranceMetres * 1.001, $"worst deviation {worst} m over a tolerance of {toleranceMetres} m");
        Assert.True(worst > toleranceMetres / 4, $"worst deviation {worst} m: the tolerance should be used, not ignored");
    }

    [Fact]
    public void Simplify_ZeroTolerance_KeepsEveryVertex()
    {
        var path = WindingPath(200);

        Assert.Same(path, PathSimplifier.Simplify(path, 0));
        Assert.Equal(Enumerable.Range(0, path.Length), PathSimplifier.KeptIndices(path, 0));
    }

    [Fact]
    public void Simplify_PathEndingStalledOnItsLastPosition_KeepsTheLastVertex()
    {
        var path = Enumerable.Range(0, 100).Select(i => At(0.5 * i, 0, 600 - 0.1 * i)).Append(At(49.5, 0, 590.1)).ToArray();

        var kept = PathSimplifier.Simplify(path, 1.0);

        Assert.Same(path[0], kept[0]);
        Assert.Same(path[^1], kept[^1]);
    }

    [Fact]
    public void Simplify_EveryVertexOnOneSpot_KeepsStartAndEnd()
    {
        var path = Enumerable.Range(0, 10).Select(i => At(0, 0, 500 - i)).ToArray();

        var kept = PathSimplifier.Simplify(path, 1.0);

        Assert.Equal([path[0], path[^1]], kept);
    }

    [Fact]
    public void Simplify_LoopBackToTheStart_KeepsTheFarVertices()
    {
        var path = Enumerable.Range(0, 401).Select(i => At(100 * Math.Sin(i * Math.PI / 200), 100 - 100 * Math.Cos(i * Math.PI / 200), 400)).ToArray();

        var kept = PathSimplifier.KeptIndices(path, 1.0);

        Assert.Equal(0, kept[0]);
        Assert.Equal(400, kept[^1]);
        Assert.Contains(kept, i => i is > 150 and < 250);
    }

    [Fact]
    public void Simplify_SameInputTwice_GivesTheSameVertices()
    {
        var path = WindingPath();

        Assert.Equal(PathSimplifier.KeptIndices(path, 2.0), PathSimplifier.KeptIndices(path, 2.0));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Problem_NegativeOrNotFinite_NamesTheValue(double toleranceMetres)
    {
        var problem = PathSimplifier.Problem(toleranceMetres);

        Assert.NotNull(problem);
        Assert.StartsWith("simplify tolerance must be a finite number of metres ≥ 0", problem);
        Assert.Throws<ArgumentOutOfRangeException>(() => PathSimplifier.Simplify(WindingPath(10), toleranceMetres));
    }

    /// <summary>
    /// Ground distance from <paramref name="p"/> to segment ab, measured independently of the simplifier: in a
    /// local frame at the segment's own mean latitude.
    /// </summary>
    private static double GroundDistanceToSegmentMetres(Coordinate p, Coordinate a, Coordinate b)
    {
        var latitude = 0.5 * (a.Y + b.Y);
        var kx = EarthScale.MetresPerDegreeLongitude(latitude);
        var ky = EarthScale.MetresPerDegreeLatitude(latitude);
        var (px, py) = ((p.X - a.X) * kx, (p.Y - a.Y) * ky);
        var (bx, by) = ((b.X - a.X) * kx, (b.Y - a.Y) * ky);
        var lengthSquared = bx * bx + by * by;
        var t = lengthSquared == 0 ? 0 : Math.Clamp((px * bx + py * by) / lengthSquared, 0, 1);
        var (dx, dy) = (px - t * bx, py - t * by);
        return Math.Sqrt(dx * dx + dy * dy);
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, 1.0)]
    [InlineData(3, 5.0)]
    [InlineData(4, 0.05)]
    public void KeptIndices_OnRandomWalksWithRepeatsAndBacktracks_AreNetTopologySuitesIndexForIndex(int seed, double toleranceMetres)
    {
        var random = new Random(seed);
        for (var trial = 0; trial < 40; trial++)
        {
            var (east, north) = (0.0, 0.0);
            var path = new Coordinate[3 + random.Next(2000)];
            for (var i = 0; i < path.Length; i++)
            {
                path[i] = At(east, north, 500 - i);
                if (random.NextDouble() > 0.1)
                {
                    (east, north) = (east + random.NextDouble() - 0.3, north + 2 * random.NextDouble() - 1);
                }
            }

            Assert.Equal(NtsDouglasPeuckerReference.KeptIndices(path, toleranceMetres), PathSimplifier.KeptIndices(path, toleranceMetres));
        }
    }
}
