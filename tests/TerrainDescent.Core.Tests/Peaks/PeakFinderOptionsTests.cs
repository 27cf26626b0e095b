using TerrainDescent.Core.Peaks;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Peaks;

public sealed class PeakFinderOptionsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2024)]
    public void Find_OnRandomGridWithTiesAndVoids_MatchesTheDefinitionByFloodFill(int seed)
    {
        var grid = SampleGrids.Random(13, 11, seed);

        var peaks = new PeakFinder(new PeakOptions { MinProminenceMetres = 0 }).Find(grid);
        var expected = NaiveProminence.Peaks(grid);

        var actual = peaks.Select(p => (p.Row, p.Column, p.ProminenceMetres, p.ColElevationMetres, p.IsComponentSummit));
        Assert.Equal(expected.OrderBy(p => p.Row).ThenBy(p => p.Column), actual.OrderBy(p => p.Row).ThenBy(p => p.Column));
    }

    [Fact]
    public void Find_WithThresholds_KeepsOnlyPeaksAtLeastThatProminentAndHigh()
    {
        var grid = SampleGrids.Random(40, 30, seed: 5, levels: 50, voidShare: 0);
        var all = new PeakFinder(new PeakOptions { MinProminenceMetres = 0 }).Find(grid);

        var filtered = new PeakFinder(new PeakOptions { MinProminenceMetres = 10, MinElevationMetres = 30 }).Find(grid);

        Assert.Equal(all.Where(p => p.ProminenceMetres >= 10 && p.ElevationMetres >= 30), filtered);
        Assert.NotEmpty(filtered);
        Assert.True(filtered.Count < all.Count);
    }

    [Fact]
    public void Find_AllVoidOrFlatGrid_FindsNothing()
    {
        var voids = SampleGrids.FromSamples(3, Enumerable.Repeat(float.NaN, 9).ToArray());
        var flat = SampleGrids.FromSamples(3, Enumerable.Repeat(12f, 9).ToArray());
        var finder = new PeakFinder(new PeakOptions { MinProminenceMetres = 0 });

        var inVoids = finder.Find(voids);
        var onFlat = finder.Find(flat);

        Assert.Empty(inVoids);
        Assert.Empty(onFlat);
    }

    [Theory]
    [InlineData(-1.0, null)]
    [InlineData(double.NaN, null)]
    [InlineData(0.0, -1)]
    public void Constructor_InvalidOptions_FailsWithMessage(double minProminenceMetres, int? maxCount)
    {
        var options = new PeakOptions { MinProminenceMetres = minProminenceMetres, MaxCount = maxCount };

        var error = Assert.Throws<ArgumentException>(() => new PeakFinder(options));

        Assert.NotNull(options.Validate());
        Assert.Contains(options.Validate()!, error.Message);
    }

    [Fact]
    public void Defaults_AreHundredMetresProminenceAnyHeightNoLimit()
    {
        var options = new PeakOptions();

        Assert.Equal(100.0, options.MinProminenceMetres);
        Assert.Equal(double.NegativeInfinity, options.MinElevationMetres);
        Assert.Null(options.MaxCount);
        Assert.True(options.IncludeBoundaryPeaks);
        Assert.Null(options.Validate());
    }
}
