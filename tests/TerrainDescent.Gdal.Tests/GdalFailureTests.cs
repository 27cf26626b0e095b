using TerrainDescent.Gdal.Tiles;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Gdal.Tests;

/// <summary>A GDAL call that fails surfaces as one <see cref="GdalException"/> line naming the file, never a silent wrong result.</summary>
[Trait("Category", "Gdal")]
public sealed class GdalFailureTests
{
    private const string PathsGeoJson = """
        {"type":"FeatureCollection","name":"paths","features":[
        {"type":"Feature","properties":{"method":"gd"},"geometry":{"type":"LineString","coordinates":[[-6.8,52.6],[-6.7,52.5]]}}]}
        """;

    [Fact]
    public void WriteMemoryFile_InAMissingFolder_FailsNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"td-missing-{Guid.NewGuid():N}", "paths.geojson");

        var error = Assert.Throws<GdalException>(() => VectorExport.WriteMemoryFile(path, [1, 2, 3]));

        Assert.Equal($"cannot create {path}: No such file or directory", error.Message);
    }

    [Theory]
    [InlineData("GPX", ".gpx")]
    [InlineData("GPKG", ".gpkg")]
    public void Translate_IntoAMissingFolder_FailsNamingTheTarget(string driver, string extension)
    {
        var folder = TestData.NewTempFolder();
        var source = Path.Combine(folder, "paths.geojson");
        File.WriteAllText(source, PathsGeoJson);
        var target = Path.Combine(folder, "missing", "paths" + extension);

        var error = Assert.Throws<GdalException>(() => VectorExport.Translate(source, target, ["-f", driver]));

        Assert.StartsWith($"cannot write {target}", error.Message);
        AssertOneLine(error.Message);
        Assert.False(File.Exists(target));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Translate_WithOptionsGdalRefuses_FailsNamingTheTarget()
    {
        var folder = TestData.NewTempFolder();
        var source = Path.Combine(folder, "paths.geojson");
        File.WriteAllText(source, PathsGeoJson);
        var target = Path.Combine(folder, "paths.gpx");

        var error = Assert.Throws<GdalException>(() => VectorExport.Translate(source, target, ["-f", "GPX", "-no-such-option"]));

        Assert.StartsWith($"cannot write {target}", error.Message);
        AssertOneLine(error.Message);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Load_GeoTiffWithTruncatedStrips_FailsNamingTheFile()
    {
        var folder = TestData.NewTempFolder();
        var path = TruncatedGeoTiff(folder);

        var error = Assert.Throws<GdalException>(() => RasterReader.Load(path));

        Assert.StartsWith($"cannot read the samples of {path}: ", error.Message);
        AssertOneLine(error.Message);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void ReadSamples_CataloguedTileWithTruncatedStrips_Fails()
    {
        var folder = TestData.NewTempFolder();
        var path = TruncatedGeoTiff(folder);

        // Cataloguing reads only the header, which is intact; the samples are what is missing.
        var tile = Assert.Single(TileCatalog.Read([path]));
        var error = Assert.Throws<GdalException>(() => new GdalTileSource([tile]).Read(0, null));

        Assert.StartsWith($"cannot read the samples of {path}: ", error.Message);
        AssertOneLine(error.Message);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Load_CorruptGzippedHgt_FailsAsAnUnreadableGzipFile()
    {
        var folder = TestData.NewTempFolder();
        var path = Path.Combine(folder, "N52W007.hgt.gz");

        // A gzip header followed by bytes that do not inflate: seeking to the unpacked end fails.
        File.WriteAllBytes(path, [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03, 0xde, 0xad, 0xbe, 0xef, 0xde, 0xad, 0xbe, 0xef]);

        var error = Assert.Throws<GdalException>(() => RasterReader.Load(path));

        Assert.Equal($"{path} is not a readable gzip file (corrupt, or empty once unpacked)", error.Message);
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>An uncompressed, striped GeoTIFF of the headline tile cut at half its length: it opens, its lower strips are gone.</summary>
    private static string TruncatedGeoTiff(string folder)
    {
        var path = Path.Combine(folder, "truncated.tif");
        GdalTools.Run("gdal_translate", "-q", "-co", "TILED=NO", "-co", "COMPRESS=NONE", TestData.N52W007, path);
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.SetLength(file.Length / 2);
        }

        return path;
    }

    private static void AssertOneLine(string message)
    {
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
    }
}
