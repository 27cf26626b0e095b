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
}
