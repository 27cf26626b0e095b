using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Core.Tests.Terrain;

public sealed class ClimbTotalsTests
{
    [Theory]
    [InlineData(0.0, 7.0, 17.0)]
    [InlineData(1.0, 7.0, 17.0)]
    [InlineData(3.0, 5.0, 13.0)]
    public void Of_UpAndDownProfile_CountsOnlyChangesBeyondTheThreshold(double thresholdMetres, double ascentMetres, double descentMetres)
    {
        // 100 → 110 (−10), rises 2 to 102, falls 2 to 100 (each counts at ≤ 2 m), climbs 5 to 105, falls to 100
        // in 0.5 m steps (counted each time the fall reaches the threshold; at 3 m the last 2 m never count).
        double[] elevations = [110, 100, 102, 100, 105, 104.5, 104, 103.5, 103, 102.5, 102, 101.5, 101, 100.5, 100];
        var vertices = elevations.Select((z, i) => new PathVertex(i, 0, z)).ToList();

        var totals = ClimbTotals.Of(vertices, thresholdMetres);

        Assert.Equal(ascentMetres, totals.AscentMetres, 9);
        Assert.Equal(descentMetres, totals.DescentMetres, 9);
        Assert.Equal(thresholdMetres, totals.ThresholdMetres);
    }

    [Fact]
    public void Of_NonFiniteElevations_AreSkipped()
    {
        var vertices = new[] { new PathVertex(0, 0, double.NaN), new PathVertex(1, 0, 10), new PathVertex(2, 0, double.NaN), new PathVertex(3, 0, 20) };

        var totals = ClimbTotals.Of(vertices, 1);

        Assert.Equal(10, totals.AscentMetres);
        Assert.Equal(0, totals.DescentMetres);
    }
}
