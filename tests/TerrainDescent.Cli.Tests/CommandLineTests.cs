using System.IO.Compression;
using TerrainDescent.Gdal;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

[Trait("Category", "Gdal")]
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("info", "--help")]
    [InlineData("descend", "--help")]
    [InlineData("peaks", "--help")]
    [InlineData("batch", "--help")]
    public void Help_OnEveryCommand_PrintsUsageAndExitsZero(params string[] arguments)
    {
        var result = CliRunner.Run(arguments);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout);
    }

    [Fact]
    public void Info_OnHeadlineTile_PrintsSizeBoundsRangeAndVoids()
    {
        var result = CliRunner.Run("info", TestData.N52W007);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1201 × 1201 samples", result.Stdout);
        Assert.Contains("lat 52.00000..53.00000, lon -7.00000..-6.00000", result.Stdout);
        Assert.Contains("-8 .. 922 m", result.Stdout);
        Assert.Contains("56.6 m east × 92.7 m north", result.Stdout);
        Assert.Matches(@"voids +0 \(0\.00 %\)", result.Stdout);
    }

    [Fact]
    public void Info_OnTileWithVoids_CountsThem()
    {
        var result = CliRunner.Run("info", "srtm1/N48W125.hgt");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("6,483,876", result.Stdout);
    }

    [Fact]
    public void Descend_ZippedTileWithSnap_StartsFromTheSummitCell()
    {
        var folder = TestData.NewTempFolder();
        var zip = Path.Combine(folder, "N52W007.hgt.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(TestData.N52W007, "N52W007.hgt");
        }

        var output = Path.Combine(folder, "p.geojson");
        var result = CliRunner.Run("descend", zip, "--start", "52.6175,-6.7797", "--snap-radius", "300", "--method", "hill-walker", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("highest cell within 300 m", result.Stdout);
        var feature = Assert.Single(VectorReader.ReadFeatures(output));
        Assert.Equal(790.0, feature.Positions[0].Z, 1);
    }

    public static TheoryData<string[], string> BadInputs() => new()
    {
        { ["descend", "/nonexistent/N52W007.hgt", "--start", "52.6,-6.7"], "file not found: /nonexistent/N52W007.hgt" },
        { ["descend", "--start", "12,-6"], "is outside the data, which covers lat 52.00000..53.00000" },
        { ["descend", "srtm1/N48W125.hgt", "--start", "48.9,-124.5"], "is in a void" },
        { ["descend", "--start", "52.6175"], "--start must be LAT,LON" },
        { ["descend", "--start", "95,-6"], "is not a position on Earth" },
        { ["descend", "--start", "52.6175,-6.7797", "--alpha", "0"], "alpha must be a positive finite number" },
        { ["descend", "--start", "52.6175,-6.7797", "--alpha", "-3"], "alpha must be a positive finite number" },
        { ["descend", "--start", "52.6175,-6.7797", "--alpha", "NaN"], "alpha must be a positive finite number" },
        { ["descend", "--start", "52.6175,-6.7797", "--alpha", "abc"], "Cannot parse argument 'abc' for option '--alpha'" },
        { ["descend", "--start", "52.6175,-6.7797", "--gamma", "1"], "gamma must be in [0, 1)" },
        { ["descend", "--start", "52.6175,-6.7797", "--gamma", "-0.5"], "gamma must be in [0, 1)" },
        { ["descend", "--start", "52.6175,-6.7797", "--max-steps", "0"], "max steps must be at least 1" },
        { ["descend", "--start", "52.6175,-6.7797", "--snap-radius", "-5"], "snap radius must be" },
        { ["descend", "--start", "52.6175,-6.7797", "--method", "teleport"], "unknown method 'teleport'" },
        { ["info", "/nonexistent.tif"], "file not found" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Descend_BadInput_FailsWithOneLineAndWritesNothing(string[] arguments, string expected)
    {
        var folder = TestData.NewTempFolder();
        var output = Path.Combine(folder, "out.geojson");
        var withOutput = arguments[0] == "descend" ? [.. arguments, "--out", output] : arguments;

        var result = CliRunner.Run(withOutput);

        CliRunner.AssertOneLineError(result, expected);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Descend_TruncatedHgt_FailsNamingTheValidSizes()
    {
        var folder = TestData.NewTempFolder();
        var tile = Path.Combine(folder, "N52W007.hgt");
        File.WriteAllBytes(tile, new byte[2_884_800]);
        var output = Path.Combine(folder, "out.geojson");

        var result = CliRunner.Run("descend", tile, "--start", "52.6,-6.7", "--out", output);

        CliRunner.AssertOneLineError(result, "an SRTM .hgt tile must be 2,884,802 bytes");
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("/proc/terrain-descent-test/out.geojson")]
    [InlineData("/dev/null/out.geojson")]
    public void Descend_UnwritableOutput_FailsBeforeRunning(string output)
    {
        var result = CliRunner.Run("descend", "--start", "52.6175,-6.7797", "--out", output);

        CliRunner.AssertOneLineError(result, "cannot write");
    }

    [Fact]
    public void Descend_OutputIsAFolder_Fails()
    {
        var folder = TestData.NewTempFolder();

        var result = CliRunner.Run("descend", "--start", "52.6175,-6.7797", "--out", folder);

        CliRunner.AssertOneLineError(result, "is a folder");
    }

    [Fact]
    public void Descend_MissingRequiredOption_IsAUsageError()
    {
        var result = CliRunner.Run("descend", "--out", "x.geojson");

        CliRunner.AssertOneLineError(result, "--start");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void NoCommand_PrintsTheCommandListAndExitsWithUsageError()
    {
        var result = CliRunner.Run();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("descend", result.Stdout);
        Assert.Contains("batch", result.Stdout);
    }

    [Fact]
    public void UnknownCommand_IsNamedInTheError()
    {
        var result = CliRunner.Run("frobnicate");

        CliRunner.AssertOneLineError(result, "Unrecognized command or argument 'frobnicate' (see 'terrain-descent --help')");
        Assert.Equal(2, result.ExitCode);
    }
}
