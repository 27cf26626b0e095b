using TerrainDescent.Gdal.Tiles;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Gdal.Tests.Tiles;

[Trait("Category", "Gdal")]
public sealed class MosaicBuilderTests
{
    [Fact]
    public void Load_TwoHalvesSharingTheMiddleColumn_EqualsTheOriginalTileSampleForSample()
    {
        var folder = TestData.NewTempFolder();
        GdalTools.SplitWestEast(TestData.N52W007, folder, 1201);
        var original = RasterReader.Load(TestData.N52W007).Grid;

        var cluster = Assert.Single(TileClusters.Group(TileCatalog.Read([folder])));
        var mosaic = MosaicBuilder.Load(cluster).Grid;

        Assert.Equal(2, cluster.Tiles.Count);
        Assert.Equal((original.Width, original.Height), (mosaic.Width, mosaic.Height));
        Assert.Equal(original.Transform, mosaic.Transform);
        Assert.True(original.Elevations.SequenceEqual(mosaic.Elevations), "every sample of the mosaic equals the tile's");
    }

    [Fact]
    public void Load_TwoAdjacentSrtm3Tiles_Is2401ColumnsWideWithTheSharedColumnOnce()
    {
        var folder = TestData.NewTempFolder();
        GdalTools.Run("gdal_translate", "-q", TestData.N52W007, Path.Combine(folder, "N52W007.tif"));
        GdalTools.Run("gdal_translate", "-q", "-a_ullr", "-6.000416666666667", "53.000416666666667", "-4.999583333333333", "51.999583333333333", TestData.N52W007, Path.Combine(folder, "N52W006.tif"));

        var cluster = Assert.Single(TileClusters.Group(TileCatalog.Read([folder])));
        var mosaic = MosaicBuilder.Load(cluster).Grid;

        Assert.Equal((2401, 1201), (mosaic.Width, mosaic.Height));
        Assert.Equal(-7.0, mosaic.XOf(0), 9);
        Assert.Equal(-5.0, mosaic.XOf(2400), 9);
    }

    [Fact]
    public void Load_TilesGdalCannotCombine_FailsInsteadOfLeavingOneOut()
    {
        var folder = TestData.NewTempFolder();
        var east = Path.Combine(folder, "N52W006.tif");
        GdalTools.Run("gdal_translate", "-q", "-a_ullr", "-6.000416666666667", "53.000416666666667", "-4.999583333333333", "51.999583333333333", TestData.N52W007, east);
        var cluster = Assert.Single(TileClusters.Group(TileCatalog.Read([TestData.N52W007, east])));

        var error = Assert.Throws<GdalException>(() => MosaicBuilder.Load(cluster));

        Assert.Contains("left a tile out", error.Message);
    }
}
