using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Terrain;

public sealed class GradientFieldTests
{
    [Theory]
    [InlineData(0.1, -0.05)]
    [InlineData(-0.3, 0.2)]
    [InlineData(0.0, 1.0)]
    public void Compute_OnTiltedPlane_IsExactEverywhereIncludingEdges(double eastSlope, double northSlope)
    {
        var grid = SyntheticGrids.Projected(9, 7, 30.0, (e, n) => 100 + eastSlope * e + northSlope * n);

        var field = GradientField.Compute(grid);

        for (var i = 0; i < field.EastSlopes.Length; i++)
        {
            Approx.AssertClose(eastSlope, field.EastSlopes[i], 1e-4, $"east slope at {i}");
            Approx.AssertClose(northSlope, field.NorthSlopes[i], 1e-4, $"north slope at {i}");
        }
    }

    [Fact]
    public void Compute_OnGeographicGrid_ShrinksEastMetresWithCosLatitude()
    {
        // z rises 1 m per 0.001° of longitude: the metric east slope is 1 / (0.001 · m/°lon(φ)), larger at high latitude.
        var grid = SyntheticGrids.Geographic(11, -7.0, 52.0, 0.01, (lon, lat) => 1000 * (lon + 7.0));

        var field = GradientField.Compute(grid);

        for (var row = 0; row < grid.Height; row++)
        {
            var latitude = grid.YOf(row);
            var expected = 1.0 / (0.001 * EarthScale.MetresPerDegreeLongitude(latitude));
            Approx.AssertRelative(expected, field.EastSlopes[row * grid.Width + 5], 1e-4, $"east slope on row {row}");
        }

        var naive = 1.0 / (0.001 * EarthScale.MetresPerDegreeLatitude(52.0));
        Assert.True(field.EastSlopes[5] > 1.5 * naive, "the east slope at 52° N must be about 1/cos(52°) ≈ 1.6 times the equatorial figure");
    }

    [Fact]
    public void Compute_BesideVoid_UsesOneSidedDifferenceAndNeverCrossesTheVoid()
    {
        var grid = SyntheticGrids.Projected(5, 3, 10.0, (e, n) => 2.0 * e);
        var samples = grid.Elevations.ToArray();
        samples[1 * 5 + 2] = float.NaN;
        var withVoid = new ElevationGrid(5, 3, samples, grid.Transform, grid.Kind);

        var field = GradientField.Compute(withVoid);

        Assert.True(float.IsNaN(field.EastSlopes[1 * 5 + 2]), "a void sample has no slope");
        Approx.AssertClose(2.0, field.EastSlopes[1 * 5 + 1], 1e-6, "one-sided west of the void");
        Approx.AssertClose(2.0, field.EastSlopes[1 * 5 + 3], 1e-6, "one-sided east of the void");
    }

    [Theory]
    [InlineData(37, 5, 0.0)]
    [InlineData(301, 211, 0.02)]
    [InlineData(1201, 40, 0.3)]
    [InlineData(1201, 900, 0.01)]
    public void Compute_WithScatteredVoids_MatchesPerSampleDefinition(int width, int height, double voidShare)
    {
        // Random relief with random voids, large enough for the vectorised rows and for parallel blocks when wide.
        var random = new Random(7);
        var grid = SyntheticGrids.Projected(width, height, 30.0, (e, n) => 0);
        var samples = new float[width * height];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = random.NextDouble() < voidShare ? float.NaN : (float)(random.NextDouble() * 500);
        }

        var withVoids = new ElevationGrid(width, height, samples, grid.Transform, grid.Kind);

        var field = GradientField.Compute(withVoids);

        for (var row = 0; row < height; row++)
        {
            for (var column = 0; column < width; column++)
            {
                float Z(int r, int c) => r < 0 || c < 0 || r >= height || c >= width ? float.NaN : samples[r * width + c];
                var expectedEast = Reference(Z(row, column - 1), Z(row, column), Z(row, column + 1), 30.0);
                var expectedNorth = Reference(Z(row + 1, column), Z(row, column), Z(row - 1, column), 30.0);
                var index = row * width + column;
                Assert.Equal(double.IsNaN(expectedEast), float.IsNaN(field.EastSlopes[index]));
                Assert.Equal(double.IsNaN(expectedNorth), float.IsNaN(field.NorthSlopes[index]));
                if (!double.IsNaN(expectedEast))
                {
                    Approx.AssertClose(expectedEast, field.EastSlopes[index], 1e-4, $"east at {row},{column}");
                }

                if (!double.IsNaN(expectedNorth))
                {
                    Approx.AssertClose(expectedNorth, field.NorthSlopes[index], 1e-4, $"north at {row},{column}");
                }
            }
        }
    }

    /// <summary>The definition, sample by sample: central where both neighbours exist, else one-sided, else NaN.</summary>
    private static double Reference(float lower, float centre, float upper, double stepMetres)
    {
        if (float.IsNaN(centre))
        {
            return double.NaN;
        }

        return (float.IsNaN(lower), float.IsNaN(upper)) switch
        {
            (false, false) => (upper - lower) / (2 * stepMetres),
            (false, true) => (centre - lower) / stepMetres,
            (true, false) => (upper - centre) / stepMetres,
            _ => double.NaN,
        };
    }
}
