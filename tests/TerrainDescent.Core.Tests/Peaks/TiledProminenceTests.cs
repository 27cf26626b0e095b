using TerrainDescent.Core.Peaks;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Tests.Terrain.Tiles;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Peaks;

public sealed class TiledProminenceTests
{
    public static TheoryData<int, int, int, double> SyntheticCuts => new()
    {
        { 2, 2, 1, 0 },
        { 3, 3, 2, 0 },
        { 3, 2, 3, 2 },
        { 4, 4, 4, 0 },
        { 5, 3, 5, 4 },
    };

    [Theory]
    [MemberData(nameof(SyntheticCuts))]
    public void Find_QuantisedTerrainWithVoids_EqualsTheWholeGridSweep(int columns, int rows, int seed, double minProminenceMetres)
    {
        // Whole-metre heights in [0, 10): flat summits, equal cols, ties broken by position, and voids that split the data.
        var grid = SampleGrids.Random(67, 53, seed, levels: 10, voidShare: 0.08);

        var peaks = AssertTiledEqualsWhole(grid, columns, rows, new PeakOptions { MinProminenceMetres = minProminenceMetres });

        Assert.True(peaks.Count > 20, $"only {peaks.Count} peaks: the grid should have many");
    }

    [Fact]
    public void Find_SmoothHillsOnTileCorners_EqualsTheWholeGridSweep()
    {
        // Summits exactly on the shared corner and edges of a 3 × 3 cut (tile edges every 20 samples), with cols between tiles.
        var grid = SyntheticGrids.Projected(61, 61, 10.0, (e, n) =>
            100 * Math.Exp(-((e - 200) * (e - 200) + (n - 400) * (n - 400)) / 5000.0)
            + 80 * Math.Exp(-((e - 400) * (e - 400) + (n - 200) * (n - 200)) / 8000.0)
            + 60 * Math.Exp(-((e - 300) * (e - 300) + (n - 580) * (n - 580)) / 3000.0)
            + 0.01 * e);

        var peaks = AssertTiledEqualsWhole(grid, 3, 3, new PeakOptions { MinProminenceMetres = 1 });

        Assert.Equal(3, peaks.Count);
    }

    [Theory]
    [InlineData("srtm3/N52W007.hgt", 2, 0.0)]
    [InlineData("srtm3/N52W007.hgt", 3, 100.0)]
    [InlineData("srtm3/N19W156.hgt", 3, 30.0)]
    [InlineData("srtm3/N43E007.hgt", 4, 100.0)]
    public void Find_RealSrtmTileCutIntoTiles_EqualsTheWholeGridSweep(string tile, int parts, double minProminenceMetres)
    {
        var peaks = AssertTiledEqualsWhole(HgtFiles.Read(TestData.Tile(tile)), parts, parts, new PeakOptions { MinProminenceMetres = minProminenceMetres });

        Assert.NotEmpty(peaks);
    }

    [Fact]
    public void Find_WithoutBoundaryPeaksAndACount_FiltersAsTheWholeGridSweep()
    {
        var options = new PeakOptions { MinProminenceMetres = 1, IncludeBoundaryPeaks = false, MaxCount = 15, MinElevationMetres = 3 };

        var peaks = AssertTiledEqualsWhole(SampleGrids.Random(50, 50, 9, levels: 12, voidShare: 0.03), 3, 3, options);

        Assert.Equal(15, peaks.Count);
    }

    private static IReadOnlyList<Peak> AssertTiledEqualsWhole(ElevationGrid grid, int columns, int rows, PeakOptions options)
    {
        var finder = new PeakFinder(options);
        var cut = new GridCut(grid, columns, rows);
        Assert.Equal(1, cut.Surface.Index.ComponentCount);
        var expected = finder.Find(cut.Surface.AssembleComponent(0).Grid);

        var actual = finder.Find(cut.Surface, component: 0);

        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.True(expected[i] == actual[i], $"peak {i} of {expected.Count}: whole {expected[i]}, tiled {actual[i]}");
        }

        Assert.Equal(expected.Count, actual.Count);
        return actual;
    }
}
