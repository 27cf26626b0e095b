using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Terrain.Tiles;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Gdal.Tests.Tiles;

[Trait("Category", "Gdal")]
public sealed class TileCatalogTests
{
    [Fact]
    public void Read_SharedFolder_ListsEveryTileWithBoundsFromMetadata()
    {
        var tiles = TileCatalog.Read([TestData.SrtmFolder]);

        Assert.Equal(9, tiles.Count);
        Assert.Equal(tiles.Select(t => t.UserPath).Order(StringComparer.Ordinal), tiles.Select(t => t.UserPath));
        var leinster = Assert.Single(tiles, t => t.Name == "N52W007.hgt");
        Assert.Equal((1201, 1201, CoordinateKind.Geographic), (leinster.Width, leinster.Height, leinster.Kind));
        Assert.Equal(-7.0 - 0.5 / 1200, leinster.West, 9);
        Assert.Equal(53.0 + 0.5 / 1200, leinster.North, 9);
        Assert.True(leinster.Covers(-6.7797, 52.6175));
        Assert.False(leinster.Covers(-7.0001, 52.5));
    }

    [Fact]
    public void Open_SharedFolder_KeepsFarApartTilesInGroupsOfTheirOwn()
    {
        using var terrain = TiledTerrain.Open(TileCatalog.Read([TestData.SrtmFolder]), TileCache.OfMegabytes(64));

        Assert.Equal(9, terrain.TileCount);
        Assert.Equal(9, terrain.Layers.Sum(l => l.Surface.Index.ComponentCount));
        Assert.Equal(0, terrain.Cache.Decodes);
    }

    [Fact]
    public void Read_SameFileTwice_CataloguesItOnce()
    {
        var tiles = TileCatalog.Read([TestData.N52W007, TestData.N52W007]);

        Assert.Single(tiles);
    }

    [Fact]
    public void Read_FolderWithoutTiles_FailsNamingWhatItLookedFor()
    {
        var folder = TestData.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "no tiles here");

        var error = Assert.Throws<GdalException>(() => TileCatalog.Read([folder]));

        Assert.Contains("holds no raster tile", error.Message);
        Assert.Contains(".hgt", error.Message);
    }
}
