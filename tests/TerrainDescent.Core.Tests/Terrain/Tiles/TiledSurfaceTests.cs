using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Peaks;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Terrain.Tiles;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Terrain.Tiles;

/// <summary>
/// The tiled surface against one raster holding every tile: a rugged grid cut into quarters that share their seam
/// rows and columns must give the same elevations, slopes, paths and peaks, whatever the cache size.
/// </summary>
public sealed class TiledSurfaceTests
{
    private static readonly Lazy<ElevationGrid> s_rugged = new(() => RuggedGrids.Create(401, seed: 7));

    [Fact]
    public void ElevationAndGradient_AcrossSeamsAndTheCorner_EqualTheWholeGridBitForBit()
    {
        var quarters = new QuarterTiles(s_rugged.Value);
        var tiled = quarters.Surface(cacheBytes: 1 << 30);
        var whole = quarters.Whole;
        var tile = whole.Index.Tiles[0];
        var middle = (Column: tile.Column + 200, Row: tile.Row + 200);
        var random = new Random(3);

        for (var i = 0; i < 4000; i++)
        {
            var u = middle.Column - 3 + 6 * random.NextDouble();
            var v = middle.Row - 3 + 6 * random.NextDouble();
            if (i % 4 == 0)
            {
                u = Math.Round(u);
            }

            Assert.Equal(whole.ElevationAt(u, v), tiled.ElevationAt(u, v));
            Assert.Equal(whole.GradientAt(u, v), tiled.GradientAt(u, v));
        }
    }

    [Theory]
    [InlineData(HillWalkerDescent.MethodName)]
    [InlineData(MomentumDescent.MethodName)]
    public void Descend_PathsCrossingSeams_AreTheWholeGridsStepForStep(string methodName)
    {
        var quarters = new QuarterTiles(s_rugged.Value);
        var tiled = new TerrainDescender(quarters.Surface(cacheBytes: 1 << 30));
        var whole = new TerrainDescender(quarters.Whole);
        Assert.True(DescentMethods.TryGet(methodName, out var method));
        var grid = s_rugged.Value;
        var crossings = 0;

        for (var k = 0; k < 40; k++)
        {
            var (x, y) = (grid.XOf(150 + 2.5 * k), grid.YOf(250 - 2.5 * k));
            var expected = whole.Descend(method, x, y, new DescentOptions());
            var actual = tiled.Descend(method, x, y, new DescentOptions());

            Assert.Equal(expected.Reason, actual.Reason);
            Assert.Equal(expected.Vertices, actual.Vertices);
            crossings += expected.Vertices.Any(p => grid.UOf(p.X) < 200) && expected.Vertices.Any(p => grid.UOf(p.X) > 200) ? 1 : 0;
        }

        Assert.True(crossings >= 5, $"only {crossings} paths crossed the middle seam");
    }

    [Fact]
    public void Descend_WithACacheOfOneQuarter_GivesTheSamePathsAndEvicts()
    {
        var quarters = new QuarterTiles(s_rugged.Value);
        var quarterBytes = quarters.Footprints[0].SampleCount * sizeof(float);
        var small = quarters.Surface(cacheBytes: quarterBytes);
        var large = quarters.Surface(cacheBytes: 1 << 30);
        var grid = s_rugged.Value;

        for (var k = 0; k < 20; k++)
        {
            var (x, y) = (grid.XOf(20 + 19 * k), grid.YOf(380 - 18 * k));
            var expected = new TerrainDescender(large).Descend(new MomentumDescent(), x, y, new DescentOptions());
            var actual = new TerrainDescender(small).Descend(new MomentumDescent(), x, y, new DescentOptions());
            Assert.Equal(expected.Vertices, actual.Vertices);
        }

        Assert.True(small.Cache.Evictions > 0, "a one-quarter cache evicts");
        Assert.True(small.Cache.ResidentBytes <= quarterBytes, "nothing stays pinned after the descents");
    }

    [Fact]
    public void Peaks_OfTheAssembledQuarters_AreTheWholeGrids()
    {
        var quarters = new QuarterTiles(s_rugged.Value);
        var tiled = quarters.Surface(cacheBytes: 1 << 30);
        var finder = new PeakFinder(new PeakOptions { MinProminenceMetres = 20 });

        var area = tiled.AssembleComponent(0);
        var expected = finder.Find(s_rugged.Value);
        var actual = finder.Find(area.Grid);

        Assert.Equal(1, tiled.Index.ComponentCount);
        Assert.True(s_rugged.Value.Elevations.SequenceEqual(area.Grid.Elevations));
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(p => (p.ElevationMetres, p.ProminenceMetres)), actual.Select(p => (p.ElevationMetres, p.ProminenceMetres)));
        Assert.Equal(expected.Select(p => (Math.Round(p.X, 7), Math.Round(p.Y, 7))), actual.Select(p => (Math.Round(p.X, 7), Math.Round(p.Y, 7))));
    }

    [Fact]
    public void AssembleComponent_LargerThanTheBudget_FailsSayingHowMuchItNeeds()
    {
        var quarters = new QuarterTiles(s_rugged.Value);
        var tiled = quarters.Surface(cacheBytes: 1 << 30);

        var error = Assert.Throws<TerrainTooLargeException>(() => tiled.AssembleComponent(0, budgetBytes: 100_000));

        Assert.Contains("401 × 401 samples", error.Message);
        Assert.Contains("--cache-mb", error.Message);
    }

    [Fact]
    public void Descend_IntoAMissingQuarter_LeavesTheDataOrReachesTheSea()
    {
        var grid = SyntheticGrids.Projected(201, 201, 30.0, (e, n) => 10 + 0.2 * (6000 - e));
        var quarters = new QuarterTiles(grid);
        var (x, y) = (grid.XOf(50), grid.YOf(150));

        var edge = new TerrainDescender(quarters.Surface(1 << 30, MissingTiles.EdgeOfData, leaveOut: 3)).Descend(new HillWalkerDescent(), x, y, new DescentOptions { MaxSteps = 100_000 });
        var sea = new TerrainDescender(quarters.Surface(1 << 30, MissingTiles.Sea, leaveOut: 3)).Descend(new HillWalkerDescent(), x, y, new DescentOptions { MaxSteps = 100_000 });

        Assert.Equal(StopReason.LeftRaster, edge.Reason);
        Assert.Equal(StopReason.SeaLevel, sea.Reason);
        Assert.True(grid.UOf(sea.End.X) > 100, "the sea lies beyond the data's eastern half");
    }

    [Fact]
    public void Open_ReadsNoTileUntilASampleIsAskedFor()
    {
        var quarters = new QuarterTiles(s_rugged.Value);
        var tiled = quarters.Surface(cacheBytes: 1 << 30);
        Assert.Equal(0, quarters.Reads);

        var tile = tiled.Index.Tiles[0];
        _ = tiled.ElevationAt(tile.Column + 5, tile.Row + 5);

        Assert.Equal(1, quarters.Reads);
    }

    [Fact]
    public void TileIndex_SharedSeamSample_IsOwnedByTheSouthernThenEasternTile()
    {
        var quarters = new QuarterTiles(s_rugged.Value);
        var index = new TileIndex(quarters.Whole.Lattice, quarters.Footprints);
        var corner = quarters.Footprints[3];

        Assert.Equal(3, index.OwnerOf(corner.Column, corner.Row));
        Assert.Equal(2, index.OwnerOf(corner.Column - 1, corner.Row));
        Assert.Equal(1, index.OwnerOf(corner.Column, corner.Row - 1));
        Assert.Equal(-1, index.OwnerOf(corner.LastColumn + 1, corner.Row));
    }

    [Fact]
    public void TileIndex_TilesOverlappingBeyondAnEdge_AreRefusedByName()
    {
        var lattice = new TerrainSurface(s_rugged.Value).Lattice;
        var tiles = new TileFootprint[] { new("a.hgt", 0, 0, 100, 100), new("b.hgt", 50, 0, 100, 100) };

        var error = Assert.Throws<ArgumentException>(() => new TileIndex(lattice, tiles));

        Assert.Contains("a.hgt and b.hgt overlap", error.Message);
    }
}
