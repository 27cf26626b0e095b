using System.Globalization;
using System.Text;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

/// <summary>
/// The commands over folders of tiles: quarter tiles give what the whole tile gives, a cache far smaller than the
/// data gives the same bytes, and scattered tiles are one surface.
/// </summary>
[Trait("Category", "Gdal")]
public sealed class TiledTerrainCommandTests
{
    [Fact]
    public void PeaksAndBatch_OnQuarterTiles_WriteTheWholeTilesBytes()
    {
        var quarters = TileFolders.Quarters(TestData.N52W007, 1201);
        var folder = TestData.NewTempFolder();
        string Out(string name) => Path.Combine(folder, name);

        Assert.Equal(0, CliRunner.Run("peaks", TestData.N52W007, "--out", Out("whole-peaks.geojson")).ExitCode);
        Assert.Equal(0, CliRunner.Run("peaks", quarters, "--out", Out("quarter-peaks.geojson")).ExitCode);
        Assert.Equal(0, CliRunner.Run("batch", TestData.N52W007, "--out", Out("whole.geojson"), "--summary", Out("whole.csv")).ExitCode);
        var tiled = CliRunner.Run("batch", quarters, "--out", Out("quarters.geojson"), "--summary", Out("quarters.csv"));

        Assert.Equal(0, tiled.ExitCode);
        Assert.Contains("4 tile(s)", tiled.Stdout);
        Assert.Equal(File.ReadAllText(Out("whole-peaks.geojson")), File.ReadAllText(Out("quarter-peaks.geojson")));
        Assert.Equal(File.ReadAllBytes(Out("whole.geojson")), File.ReadAllBytes(Out("quarters.geojson")));
        Assert.Equal(File.ReadAllText(Out("whole.csv")), File.ReadAllText(Out("quarters.csv")));
    }

    [Fact]
    public void Descend_StartsNearTheQuarterCorner_FollowTheWholeTilesPathsAcrossTheSeams()
    {
        var quarters = TileFolders.Quarters(TestData.N52W007, 1201);
        var folder = TestData.NewTempFolder();
        var crossed = 0;
        foreach (var start in new[] { "52.505,-6.505", "52.51,-6.49", "52.49,-6.51", "52.52,-6.48" })
        {
            var whole = Path.Combine(folder, "whole.geojson");
            var tiled = Path.Combine(folder, "tiled.geojson");
            Assert.Equal(0, CliRunner.Run("descend", TestData.N52W007, "--start", start, "--out", whole).ExitCode);
            Assert.Equal(0, CliRunner.Run("descend", quarters, "--start", start, "--out", tiled).ExitCode);
            Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(tiled));
            var text = File.ReadAllText(whole);
            crossed += text.Contains("[-6.49", StringComparison.Ordinal) && text.Contains("[-6.50", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.True(crossed >= 1, "a path crosses the middle meridian");
    }

    [Fact]
    public void Batch_OnA3x3Cluster_WithA4MegabyteCache_WritesTheBytesOfA1GigabyteCache()
    {
        var cluster = TileFolders.Cluster(TestData.N52W007, 3, -9, 51);
        var folder = TestData.NewTempFolder();
        var starts = Path.Combine(folder, "starts.csv");
        var csv = new StringBuilder("id,lat,lon\n");
        var random = new Random(5);
        for (var i = 0; i < 150; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"s{i},{51 + 3 * random.NextDouble():F5},{-9 + 3 * random.NextDouble():F5}\n");
        }

        File.WriteAllText(starts, csv.ToString());
        var small = CliRunner.Run("batch", cluster, "--peaks", starts, "--cache-mb", "4", "--out", Path.Combine(folder, "small.geojson"), "--summary", Path.Combine(folder, "small.csv"));
        var large = CliRunner.Run("batch", cluster, "--peaks", starts, "--cache-mb", "1024", "--threads", "1", "--out", Path.Combine(folder, "large.geojson"), "--summary", Path.Combine(folder, "large.csv"));

        Assert.Equal(0, small.ExitCode);
        Assert.Equal(0, large.ExitCode);
        Assert.Contains("9 tile(s)", small.Stdout);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "large.geojson")), File.ReadAllBytes(Path.Combine(folder, "small.geojson")));
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "large.csv")), File.ReadAllText(Path.Combine(folder, "small.csv")));
    }

    [Fact]
    public void Peaks_QuartersInACacheOfOneQuarter_FindTheWholeTilesPeaks()
    {
        // A quarter is 601 × 601 float samples (1.4 MB): a 2 MB cache holds one at a time, the whole tile (5.8 MB) never.
        var quarters = TileFolders.Quarters(TestData.N52W007, 1201);
        var folder = TestData.NewTempFolder();
        string Out(string name) => Path.Combine(folder, name);

        var whole = CliRunner.Run("peaks", TestData.N52W007, "--min-prominence", "20", "--out", Out("whole.geojson"));
        var tiled = CliRunner.Run("peaks", quarters, "--min-prominence", "20", "--cache-mb", "2", "--out", Out("quarters.geojson"));

        Assert.Equal(0, whole.ExitCode);
        Assert.Equal(0, tiled.ExitCode);
        Assert.Contains("+ 3 more: 1201 × 1201 samples", tiled.Stdout);
        Assert.Equal(File.ReadAllText(Out("whole.geojson")), File.ReadAllText(Out("quarters.geojson")));
    }

    [Fact]
    public void Descend_OnTheSharedFolder_PicksTheTileUnderTheStart()
    {
        var output = Path.Combine(TestData.NewTempFolder(), "paths.geojson");

        var result = CliRunner.Run("descend", TestData.SrtmFolder, "--start", "52.6175,-6.7797", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("N52W007.hgt: start lat 52.61750", result.Stdout);
        Assert.Contains("12987", result.Stdout);
    }

    [Theory]
    [InlineData("--cache-mb", "0", "--cache-mb must be from 1")]
    [InlineData("--missing-tiles", "ocean", "--missing-tiles must be edge or sea, not 'ocean'")]
    public void Descend_BadTerrainOption_IsOneLineError(string option, string value, string message)
    {
        var result = CliRunner.Run("descend", "--start", "52.6175,-6.7797", option, value, "--out", Path.Combine(TestData.NewTempFolder(), "x.geojson"));

        CliRunner.AssertOneLineError(result, message);
    }

    [Fact]
    public void Descend_FromASummitBesideAVoid_StartsOnItsValidSample()
    {
        var output = Path.Combine(TestData.NewTempFolder(), "paths.geojson");

        var result = CliRunner.Run("descend", TestData.Tile("srtm1/N48W125.hgt"), "--start", "48.5,-124.21361", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("start lat 48.50000, lon -124.21361", result.Stdout);
        Assert.True(File.Exists(output));
    }
}
