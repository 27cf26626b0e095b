using TerrainDescent.Core.Peaks;
using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Peaks;

public sealed class PeakFinderTests
{
    private const int HillRow = 30;
    private const int HighColumn = 30;
    private const int LowColumn = 90;

    /// <summary>
    /// 121 × 61 samples, 10 m apart, base 100 m: a 1000 m hill at column 30 and a 700 m hill at column 90, both on
    /// row 30 (σ = 150 m), joined by a saddle. Both Gaussians peak on row 30 in every column, so row 30 is the ridge
    /// and the key col is its lowest sample between the hills.
    /// </summary>
    private static ElevationGrid TwoHills(double eastOfSecondMetres = 900) => SyntheticGrids.Projected(121, 61, 10.0, (e, n) =>
        100 + Gaussian(e, n, 300, 1000) + Gaussian(e, n, eastOfSecondMetres, 700));

    private static double Gaussian(double e, double n, double centreEastMetres, double heightMetres) =>
        heightMetres * Math.Exp(-((e - centreEastMetres) * (e - centreEastMetres) + (n - 300) * (n - 300)) / (2 * 150.0 * 150.0));

    private static double RowMinimum(ElevationGrid grid, int row, int fromColumn, int toColumn) =>
        Enumerable.Range(fromColumn, toColumn - fromColumn + 1).Min(c => grid[row, c]);

    [Fact]
    public void Find_TwoHillsJoinedBySaddle_LowerHillRisesAboveTheSaddle()
    {
        var grid = TwoHills();
        var saddleMetres = RowMinimum(grid, HillRow, HighColumn, LowColumn);

        var peaks = new PeakFinder(new PeakOptions { MinProminenceMetres = 1 }).Find(grid);

        Assert.Equal(2, peaks.Count);
        var (high, low) = (peaks[0], peaks[1]);
        Assert.Equal((HillRow, HighColumn), (high.Row, high.Column));
        Assert.Equal((HillRow, LowColumn), (low.Row, low.Column));
        Approx.AssertClose((double)grid[HillRow, LowColumn] - saddleMetres, low.ProminenceMetres, 1e-9, "prominence of the lower hill");
        Approx.AssertClose(saddleMetres, low.ColElevationMetres, 1e-9, "saddle elevation");
        Assert.Equal(HillRow, low.ColRow);
        Assert.InRange(low.ColColumn, HighColumn, LowColumn);
        Assert.False(low.IsComponentSummit);
        Assert.True(high.IsComponentSummit);
        Approx.AssertClose((double)grid[HillRow, HighColumn] - grid.Elevations.ToArray().Min(), high.ProminenceMetres, 1e-9, "highest: down to the lowest sample");
        Approx.AssertClose(900.0, low.X, 1e-9, "easting of the lower summit");
        Approx.AssertClose(300.0, low.Y, 1e-9, "northing of the lower summit");
    }

    [Fact]
    public void Find_FlatToppedHill_CountsThePlateauOnceAtItsFirstSampleInRowMajorOrder()
    {
        // A cone cut flat at 300 m: every sample within 50 m of (200, 200) is exactly 300 m.
        var grid = SyntheticGrids.Projected(41, 41, 10.0, (e, n) => Math.Min(300, 350 - Math.Sqrt((e - 200) * (e - 200) + (n - 200) * (n - 200))));

        var peaks = new PeakFinder(new PeakOptions { MinProminenceMetres = 0 }).Find(grid);

        var summit = Assert.Single(peaks);
        Assert.Equal((15, 20), (summit.Row, summit.Column)); // the top of the disc: north = 250 m
        Assert.Equal(300.0, summit.ElevationMetres);
        Approx.AssertClose(300.0 - grid.Elevations.ToArray().Min(), summit.ProminenceMetres, 1e-9, "prominence");
    }

    [Fact]
    public void Find_VoidAcrossTheSaddle_SplitsTheHillsIntoTwoComponents()
    {
        var grid = SampleGrids.WithVoids(TwoHills(), (_, column) => column == 60);

        var peaks = new PeakFinder(new PeakOptions { MinProminenceMetres = 1 }).Find(grid);

        Assert.Equal(2, peaks.Count);
        Assert.All(peaks, p => Assert.True(p.IsComponentSummit));
        var low = peaks.Single(p => p.Column == LowColumn);
        var eastMinimum = Enumerable.Range(0, grid.Height).Min(r => RowMinimum(grid, r, 61, 120));
        Approx.AssertClose((double)grid[HillRow, LowColumn] - eastMinimum, low.ProminenceMetres, 1e-9, "down to its own side's lowest sample");
        Assert.True(low.ColColumn > 60, "the col lies on the lower hill's side of the void");
    }

    [Fact]
    public void Find_HillCutByTheEastEdge_ReportsTheEdgeTopOnlyAsProminentAsTheDataShows()
    {
        // The second hill's centre (1300 m) lies beyond the last column (1200 m).
        var grid = TwoHills(eastOfSecondMetres: 1300);
        var edgeColumn = grid.Width - 1;
        var options = new PeakOptions { MinProminenceMetres = 1 };

        var peaks = new PeakFinder(options).Find(grid);
        var inland = new PeakFinder(options with { IncludeBoundaryPeaks = false }).Find(grid);

        var edge = peaks.Single(p => p.Column == edgeColumn);
        Assert.Equal(HillRow, edge.Row);
        Assert.True(edge.AtBoundary);
        Approx.AssertClose((double)grid[HillRow, edgeColumn] - RowMinimum(grid, HillRow, HighColumn, edgeColumn), edge.ProminenceMetres, 1e-9, "in-tile prominence");
        Assert.DoesNotContain(inland, p => p.AtBoundary);
        Assert.Equal(peaks.Count - 1, inland.Count);
    }

    [Fact]
    public void Find_EqualPeaks_OrderByProminenceThenElevationThenRowMajor()
    {
        // Four 9 m tops on a 0 m floor, one lower 5 m top: ties everywhere but the order is fixed.
        var samples = new float[7 * 7];
        foreach (var (row, column, metres) in new[] { (5, 5, 9f), (1, 5, 9f), (3, 3, 5f), (5, 1, 9f), (1, 1, 9f) })
        {
            samples[row * 7 + column] = metres;
        }

        var grid = SampleGrids.FromSamples(7, samples);
        var finder = new PeakFinder(new PeakOptions { MinProminenceMetres = 0 });

        var first = finder.Find(grid);
        var second = finder.Find(grid);
        var topTwo = new PeakFinder(new PeakOptions { MinProminenceMetres = 0, MaxCount = 2 }).Find(grid);

        Assert.Equal([(1, 1), (1, 5), (5, 1), (5, 5), (3, 3)], first.Select(p => (p.Row, p.Column)));
        Assert.Equal(first, second);
        Assert.Equal(first.Take(2), topTwo);
        Assert.True(first[0].IsComponentSummit, "the first of the equal tops in row-major order counts as the highest");
        Assert.All(first.Take(4), p => Assert.Equal(9.0, p.ProminenceMetres));
    }
}
