using TerrainDescent.Core.Terrain.Tiles;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Terrain.Tiles;

public sealed class TileCacheTests
{
    [Fact]
    public void Reads_BeyondTheBudget_EvictTheLeastRecentlyUsedTileAndStayWithinIt()
    {
        var quarters = new QuarterTiles(RuggedGrids.Create(101, seed: 2));
        var quarterBytes = quarters.Footprints.Max(t => t.SampleCount) * sizeof(float);
        var surface = quarters.Surface(cacheBytes: 2 * quarterBytes);

        foreach (var tile in surface.Index.Tiles)
        {
            _ = surface.ElevationAt(tile.Column + 1, tile.Row + 1);
            Assert.True(surface.Cache.ResidentBytes <= 2 * quarterBytes);
        }

        _ = surface.ElevationAt(surface.Index.Tiles[3].Column + 1, surface.Index.Tiles[3].Row + 1);
        Assert.Equal(4, surface.Cache.Decodes);
        _ = surface.ElevationAt(surface.Index.Tiles[0].Column + 1, surface.Index.Tiles[0].Row + 1);
        Assert.Equal(5, surface.Cache.Decodes);
        Assert.Equal(3, surface.Cache.Evictions);
    }

    [Fact]
    public void PinnedTiles_AreNeverEvictedWhileAReaderHoldsThem()
    {
        var quarters = new QuarterTiles(RuggedGrids.Create(101, seed: 2));
        var surface = quarters.Surface(cacheBytes: 1);
        var tiles = surface.Index.Tiles;

        using (var reader = surface.OpenReader())
        {
            var first = reader.Sample(tiles[0].Column + 1, tiles[0].Row + 1);
            _ = reader.Sample(tiles[1].Column + 1, tiles[1].Row + 1);
            Assert.Equal(first, reader.Sample(tiles[0].Column + 1, tiles[0].Row + 1));
            Assert.Equal(2, surface.Cache.Decodes);
            Assert.True(surface.Cache.ResidentBytes > 1, "both pinned tiles stay over the budget");
        }

        Assert.Equal(0, surface.Cache.ResidentBytes);
    }
}
