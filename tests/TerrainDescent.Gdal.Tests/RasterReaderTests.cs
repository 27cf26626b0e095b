using System.IO.Compression;
using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Gdal.Tests;

[Trait("Category", "Gdal")]
public sealed class RasterReaderTests
{
    [Theory]
    // Nearest-sample values from ../shared/data/srtm/SOURCES.md.
    [InlineData(52.6175, -6.7797, 785)]
    [InlineData(52.5497, -6.8058, 722)]
    [InlineData(52.9672, -6.4647, 922)]
    [InlineData(52.20, -6.95, 0)]
    [InlineData(52.3942, -6.9436, 20)]
    [InlineData(52.49, -6.93, 23)]
    public void Load_Srtm3Tile_ReadsSpotElevationsAtNearestSample(double latitude, double longitude, float expectedMetres)
    {
        var grid = RasterReader.Load(TestData.N52W007).Grid;

        var row = (int)Math.Round(grid.VOf(latitude));
        var column = (int)Math.Round(grid.UOf(longitude));

        Assert.Equal(expectedMetres, grid[row, column]);
    }

    [Theory]
    // Size, minimum, maximum and void count from SOURCES.md's table.
    [InlineData("srtm3/N52W007.hgt", 1201, -8, 922, 0)]
    [InlineData("srtm3/N19W156.hgt", 1201, -4, 4205, 94)]
    [InlineData("srtm3/N43E007.hgt", 1201, -11, 2064, 1595)]
    [InlineData("srtm3/N41E001.hgt", 1201, -20, 1204, 134)]
    [InlineData("srtm1/N48W125.hgt", 3601, -13, 1095, 6483876)]
    [InlineData("srtm1/S46W066.hgt", 3601, -3, 146, 0)]
    public void Load_RealTiles_MatchesPublishedSizeRangeAndVoids(string tile, int size, double min, double max, long voids)
    {
        var raster = RasterReader.Load(TestData.Tile(tile));
        var stats = GridStatistics.Compute(raster.Grid, 4.0);

        Assert.Equal("SRTMHGT", raster.DriverName);
        Assert.Equal(size, raster.Grid.Width);
        Assert.Equal(size, raster.Grid.Height);
        Assert.Equal(CoordinateKind.Geographic, raster.Grid.Kind);
        Assert.Equal(min, stats.MinimumMetres);
        Assert.Equal(max, stats.MaximumMetres);
        Assert.Equal(voids, stats.VoidCount);
    }

    [Fact]
    public void Load_ZippedTile_ReadsTheSameSamplesThroughVsizip()
    {
        var folder = TestData.NewTempFolder();
        var zip = Path.Combine(folder, "N52W007.hgt.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(TestData.N52W007, "N52W007.hgt");
        }

        var zipped = RasterReader.Load(zip);
        var plain = RasterReader.Load(TestData.N52W007);

        Assert.StartsWith("/vsizip/", zipped.GdalPath);
        Assert.Equal(plain.Grid.Transform, zipped.Grid.Transform);
        Assert.True(plain.Grid.Elevations.SequenceEqual(zipped.Grid.Elevations));
    }

    [Fact]
    public void Load_GeoTiff_MatchesTheHgtItCameFrom()
    {
        var tiff = Path.Combine(TestData.NewTempFolder(), "n52w007.tif");
        GdalTools.Run("gdal_translate", "-q", "-of", "GTiff", TestData.N52W007, tiff);

        var fromTiff = RasterReader.Load(tiff);
        var fromHgt = RasterReader.Load(TestData.N52W007);

        Assert.Equal("GTiff", fromTiff.DriverName);
        Assert.Equal(fromHgt.Grid.Transform, fromTiff.Grid.Transform);
        Assert.True(fromHgt.Grid.Elevations.SequenceEqual(fromTiff.Grid.Elevations));
    }

    [Fact]
    public void Load_TruncatedHgt_FailsWithMessageNamingTheValidSizes()
    {
        var path = Path.Combine(TestData.NewTempFolder(), "N52W007.hgt");
        File.WriteAllBytes(path, new byte[1000]);

        var error = Assert.Throws<GdalException>(() => RasterReader.Load(path));

        Assert.Contains("1,000 bytes", error.Message);
        Assert.Contains("2,884,802", error.Message);
        Assert.Contains("25,934,402", error.Message);
    }

    [Fact]
    public void Load_MissingFile_FailsWithFileNotFound()
    {
        var error = Assert.Throws<GdalException>(() => RasterReader.Load("/nonexistent/N00E000.hgt"));

        Assert.Equal("file not found: /nonexistent/N00E000.hgt", error.Message);
    }

    [Fact]
    public void Load_TextFile_FailsWithOneLineReason()
    {
        var path = Path.Combine(TestData.NewTempFolder(), "notes.txt");
        File.WriteAllText(path, "not a raster\n");

        var error = Assert.Throws<GdalException>(() => RasterReader.Load(path));

        Assert.StartsWith($"cannot read {path} as a raster", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
