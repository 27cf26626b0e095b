namespace TerrainDescent.Gdal.Tests;

/// <summary>
/// <see cref="ContourGenerator"/> against analytic truth: a plane's contours are straight lines at known positions,
/// a cone's are circles, voids are not crossed, and the vertex cap stops the tracing.
/// </summary>
[Trait("Category", "Gdal")]
public sealed class ContourGeneratorTests
{
    [Fact]
    public void Trace_OfAPlaneRisingEast_GivesStraightNorthSouthLinesAtTheirX()
    {
        // z = 10·x on a 21 × 11 grid, x from 100 to 102 in steps of 0.1: levels every 5 m at x = level / 10.
        var (width, height) = (21, 11);
        var samples = new float[width * height];
        for (var row = 0; row < height; row++)
        {
            for (var column = 0; column < width; column++)
            {
                samples[(row * width) + column] = (float)(10 * (100 + (0.1 * column)));
            }
        }

        var lines = ContourGenerator.Trace(samples, width, height, 100, 50, 0.1, 0.1, 5, 10_000);

        // The levels inside the grid; a level equal to a border column's value may or may not be traced.
        var levels = lines.Select(l => l.ElevationMetres).Order().ToList();
        Assert.Subset(new HashSet<double> { 1000, 1005, 1010, 1015, 1020 }, levels.ToHashSet());
        Assert.Superset(new HashSet<double> { 1005, 1010, 1015 }, levels.ToHashSet());
        Assert.Equal(levels.Distinct().Count(), levels.Count);
        foreach (var line in lines)
        {
            Assert.All(line.X, x => Assert.Equal(line.ElevationMetres / 10, x, 1e-4));
            Assert.All(line.Y, y => Assert.InRange(y, 49 - 1e-9, 50 + 1e-9));
            Assert.Equal(1, Math.Round(line.Y.Max() - line.Y.Min(), 9));
        }
    }

    [Fact]
    public void Trace_OfACone_GivesClosedRingsAtTheirRadius()
    {
        // z = 100 − 10·r around the centre of a 41 × 41 grid of unit steps: the 50 m contour is the circle r = 5.
        const int size = 41;
        var samples = new float[size * size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                samples[(row * size) + column] = (float)(100 - (10 * Math.Sqrt(((column - 20) * (column - 20)) + ((row - 20) * (row - 20)))));
            }
        }

        var ring = Assert.Single(ContourGenerator.Trace(samples, size, size, 0, 40, 1, 1, 50, 10_000), l => l.ElevationMetres == 50);

        Assert.Equal(ring.X[0], ring.X[^1], 9);
        Assert.Equal(ring.Y[0], ring.Y[^1], 9);
        for (var i = 0; i < ring.X.Length; i++)
        {
            var radius = Math.Sqrt(Math.Pow(ring.X[i] - 20, 2) + Math.Pow(ring.Y[i] - 20, 2));
            Assert.InRange(radius, 4.8, 5.0 + 1e-6); // on the grid edges, where the linear interpolation cuts the circle's chords
        }
    }

    [Fact]
    public void Trace_AcrossAVoid_LeavesItEmpty()
    {
        var (width, height) = (21, 11);
        var samples = new float[width * height];
        for (var i = 0; i < samples.Length; i++)
        {
            var column = i % width;
            samples[i] = column is >= 8 and <= 12 ? float.NaN : column;
        }

        var lines = ContourGenerator.Trace(samples, width, height, 0, 10, 1, 1, 10, 10_000);

        Assert.DoesNotContain(lines, l => l.ElevationMetres == 10);
        Assert.All(lines.SelectMany(l => l.X), x => Assert.False(x > 7 && x < 13, $"a vertex at x = {x} lies in the void"));
    }

    [Fact]
    public void Trace_BeyondTheVertexCap_Throws()
    {
        var samples = Enumerable.Range(0, 100 * 100).Select(i => (float)(i % 100)).ToArray();

        var problem = Assert.Throws<ContourLimitException>(() => ContourGenerator.Trace(samples, 100, 100, 0, 99, 1, 1, 1, 500));

        Assert.Equal(500, problem.MaxVertices);
    }
}
