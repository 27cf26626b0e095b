using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

/// <summary>Bad peaks files: one line naming the file and the row, a non-zero exit, and no output written.</summary>
[Trait("Category", "Gdal")]
public sealed class BatchPeaksFileTests
{
    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "starts.csv", "lat,lon,id\n52.6,-6.7,a\n52.7,abc,b\n", "starts.csv line 3: lon 'abc' is not a number" },
        { "starts.csv", "lat,lon,height\n52.6,-6.7,100\n", "starts.csv line 1: unknown column 'height'" },
        { "starts.csv", "lat,id\n52.6,a\n", "starts.csv line 1: no lon column" },
        { "starts.csv", "lat,lon\n52.6,-6.7\n\n52.7,-6.8,extra\n", "starts.csv line 4: 3 value(s), but the header has 2 column(s)" },
        { "starts.csv", "lat,lon\n95,-6.7\n", "starts.csv line 2: latitude 95 is outside −90..90" },
        { "starts.csv", "lat,lon,name\n52.6,-6.7,\"Mt Leinster\n", "starts.csv line 2: a quoted field is not closed" },
        { "starts.csv", "", "starts.csv is empty" },
        { "starts.csv", "lat,lon,id\n", "has a header but no rows" },
        { "starts.geojson", """{"type":"FeatureCollection","features":[]}""", "starts.geojson holds no features" },
        { "starts.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[-6.7,52.6]}},{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[-6.7,52.6],[-6.8,52.5]]}}]}""", "starts.geojson feature 2 is a LineString; expected a Point" },
        { "starts.txt", "52.6,-6.7\n", "must be .geojson, .json or .csv" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Batch_BadPeaksFile_FailsWithOneLineNamingTheRowAndWritesNothing(string fileName, string content, string expected)
    {
        var folder = TestData.NewTempFolder();
        var peaks = Path.Combine(folder, fileName);
        File.WriteAllText(peaks, content);
        var outputs = Directory.CreateDirectory(Path.Combine(folder, "out")).FullName;

        var result = CliRunner.Run("batch", "--peaks", peaks, "--out", Path.Combine(outputs, "paths.geojson"), "--summary", Path.Combine(outputs, "summary.csv"));

        CliRunner.AssertOneLineError(result, expected);
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(outputs));
    }

    [Fact]
    public void Batch_PeaksFileMissing_FailsNamingIt()
    {
        var result = CliRunner.Run("batch", "--peaks", "/nonexistent/peaks.csv", "--out", "paths.geojson");

        CliRunner.AssertOneLineError(result, "peaks file not found: /nonexistent/peaks.csv");
    }

    [Theory]
    [InlineData("--threads", "0", "--threads must be at least 1")]
    [InlineData("--methods", "teleport", "unknown method 'teleport'")]
    [InlineData("--min-prominence", "-1", "minimum prominence must be")]
    public void Batch_BadOption_FailsWithOneLine(string option, string value, string expected)
    {
        var result = CliRunner.Run("batch", option, value, "--out", "paths.geojson");

        CliRunner.AssertOneLineError(result, expected);
    }
}
