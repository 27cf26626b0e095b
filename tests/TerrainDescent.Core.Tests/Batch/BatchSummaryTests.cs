using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Batch;

public sealed class BatchSummaryTests
{
    [Fact]
    public void Summaries_OnNorthFacingPlane_GiveHandComputedMediansAndCounts()
    {
        // z = 0.5·north on 30 × 30 samples 10 m apart. With α = 10 m each hill-walker step goes 5 m south and
        // drops 2.5 m. From north = 34, 59, 84 the path first dips below 4 m at north = 4: after 6, 11 and 16 steps.
        // From north = 109 it would need 21 steps, so the budget of 18 ends it. Steps 6, 11, 16, 18 → median 13.5;
        // ground lengths 30, 55, 80, 90 m → median 67.5 m. The start 100 m west of the raster is a problem.
        var plane = new TerrainDescender(new TerrainSurface(SyntheticGrids.Projected(30, 30, 10.0, (_, n) => 0.5 * n)));
        BatchStart[] starts = [new("a", 150, 34), new("b", 150, 59), new("off", -100, 59), new("c", 150, 84), new("d", 150, 109)];
        var options = new BatchOptions { Descent = new DescentOptions { AlphaMetres = 10, MaxSteps = 18 } };

        var summary = Assert.Single(new BatchRunner(plane, options).Run(starts, [new HillWalkerDescent()]).Summaries);

        Assert.Equal(HillWalkerDescent.MethodName, summary.Method);
        Assert.Equal((5, 4, 1), (summary.Count, summary.Descended, summary.Problems));
        Approx.AssertClose(0.75, summary.SeaLevelShare, 1e-12, "share reaching sea level");
        Approx.AssertClose(13.5, summary.MedianSteps, 1e-12, "median steps");
        Approx.AssertClose(67.5, summary.MedianGroundLengthMetres, 1e-6, "median ground length");
        Assert.Equal(StopReasonNames.All, summary.ReasonCounts.Select(pair => pair.Key));
        Assert.Equal((3, 1, 1, 0), (summary.CountOf(StopReason.SeaLevel), summary.CountOf(StopReason.MaxSteps), summary.CountOf(StopReason.LeftRaster), summary.CountOf(StopReason.Stalled)));
    }

    [Fact]
    public void Of_NoDescendedStarts_GivesNaNMediansAndZeroCounts()
    {
        var summary = BatchSummary.Of("none", []);

        Assert.Equal(0, summary.Count);
        Assert.True(double.IsNaN(summary.SeaLevelShare) && double.IsNaN(summary.MedianSteps) && double.IsNaN(summary.MedianGroundLengthMetres));
        Assert.All(summary.ReasonCounts, pair => Assert.Equal(0, pair.Value));
    }
}
