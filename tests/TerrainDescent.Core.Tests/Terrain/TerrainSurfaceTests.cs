using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Terrain;

public sealed class TerrainSurfaceTests
{
    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(3.25, 1.75)]
    [InlineData(8.0, 6.0)]
    public void ElevationAt_OnPlane_IsExactAtAnySubSamplePosition(double u, double v)
    {
        var grid = SyntheticGrids.Projected(9, 7, 30.0, (e, n) => 100 + 0.1 * e - 0.05 * n);
        var surface = new TerrainSurface(grid);

        var expected = 100 + 0.1 * (u * 30.0) - 0.05 * ((6 - v) * 30.0);
        Approx.AssertClose(expected, surface.ElevationAtCrs(grid.XOf(u), grid.YOf(v)), 1e-3);
    }

    [Fact]
    public void ElevationAt_OutsideOrBesideVoid_IsNaN()
    {
        var grid = SyntheticGrids.Projected(4, 4, 10.0, (e, n) => 5.0);
        var samples = grid.Elevations.ToArray();
        samples[0] = float.NaN;
        var surface = new TerrainSurface(new ElevationGrid(4, 4, samples, grid.Transform, grid.Kind));

        Assert.True(double.IsNaN(surface.ElevationAtCrs(grid.XOf(-0.01), grid.YOf(2))));
        Assert.True(double.IsNaN(surface.ElevationAtCrs(grid.XOf(0.5), grid.YOf(0.5))));
        Assert.Equal(5.0, surface.ElevationAtCrs(grid.XOf(2.5), grid.YOf(2.5)), 6);
    }

    [Fact]
    public void CrsRoundTrip_PutsSampleCentresOnWholeDegrees()
    {
        var grid = SyntheticGrids.Geographic(1201, -7.0, 52.0, 1.0, (lon, lat) => 0);

        Assert.Equal(-7.0, grid.XOf(0), 9);
        Assert.Equal(53.0, grid.YOf(0), 9);
        Assert.Equal(52.0, grid.YOf(1200), 9);
        Assert.Equal(600.0, grid.UOf(-6.5), 6);
    }
}
