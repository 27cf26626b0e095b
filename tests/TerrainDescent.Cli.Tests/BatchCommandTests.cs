using TerrainDescent.Gdal;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

[Trait("Category", "Gdal")]
public sealed class BatchCommandTests
{
    [Fact]
    public void Batch_OneThreadAndTwoThreads_WriteByteIdenticalPathsAndSummary()
    {
        var folder = TestData.NewTempFolder();
        string[] Arguments(string name, int threads) =>
            ["batch", "--threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture), "--min-prominence", "250",
             "--out", Path.Combine(folder, $"{name}.geojson"), "--summary", Path.Combine(folder, $"{name}.csv")];

        var serial = CliRunner.Run(Arguments("serial", 1));
        var parallel = CliRunner.Run(Arguments("parallel", 2));

        Assert.Equal((0, 0), (serial.ExitCode, parallel.ExitCode));
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "serial.geojson")), File.ReadAllBytes(Path.Combine(folder, "parallel.geojson")));
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "serial.csv")), File.ReadAllText(Path.Combine(folder, "parallel.csv")));
        var features = VectorReader.ReadFeatures(Path.Combine(folder, "serial.geojson"));
        Assert.Equal(
            features.Select(f => f.Fields["start_id"]).Distinct().SelectMany(id => new[] { (id, "hill-walker"), (id, "momentum") }),
            features.Select(f => (f.Fields["start_id"], f.Fields["method"]!)));
        Assert.StartsWith("method,starts,descended,bad_starts,sea_level_share,median_steps,median_ground_length_m,sea_level,stalled,", File.ReadAllText(Path.Combine(folder, "serial.csv")));
    }

    [Fact]
    public void Batch_FromThePeaksFileThatPeaksWrote_RunsTheSameDescentsAsPeaksAuto()
    {
        var folder = TestData.NewTempFolder();
        var peaks = Path.Combine(folder, "peaks.geojson");
        var fromFile = Path.Combine(folder, "from-file.geojson");
        var auto = Path.Combine(folder, "auto.geojson");

        var found = CliRunner.Run("peaks", "--min-prominence", "300", "--out", peaks);
        var fileRun = CliRunner.Run("batch", "--peaks", peaks, "--out", fromFile);
        var autoRun = CliRunner.Run("batch", "--peaks", "auto", "--min-prominence", "300", "--out", auto);

        Assert.Equal((0, 0, 0), (found.ExitCode, fileRun.ExitCode, autoRun.ExitCode));
        Assert.Equal(File.ReadAllBytes(auto), File.ReadAllBytes(fromFile));
    }

    [Fact]
    public void Batch_OutputNotATerminal_PrintsPlainProgressLinesAndTheSummaryTable()
    {
        var output = Path.Combine(TestData.NewTempFolder(), "paths.geojson");

        var result = CliRunner.Run("batch", "--min-prominence", "300", "--out", output);

        Assert.Equal(0, result.ExitCode);
        var progress = result.Stdout.Split('\n').Where(l => l.StartsWith("progress: ", StringComparison.Ordinal)).ToList();
        Assert.InRange(progress.Count, 1, 10);
        Assert.Matches(@"^progress: (\d+)/\1 \(100%\)$", progress[^1]);
        var rows = result.Stdout.Split('\n');
        Assert.Contains(rows, r => r.TrimStart().StartsWith("hill-walker ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.TrimStart().StartsWith("momentum ", StringComparison.Ordinal));
        Assert.Contains("median", result.Stdout);
        var table = rows.SkipWhile(r => !r.TrimStart().StartsWith("method ", StringComparison.Ordinal)).TakeWhile(r => !r.StartsWith("wrote", StringComparison.Ordinal));
        Assert.All(table, r => Assert.True(r.TrimEnd().Length <= 80, $"wider than 80 columns: {r}"));
    }

    [Fact]
    public void Batch_StartsInAVoidAndOffTheRaster_AreRecordedWithTheirReasonAndTheRestRuns()
    {
        var folder = TestData.NewTempFolder();
        var peaks = Path.Combine(folder, "starts.csv");
        File.WriteAllText(peaks, "lat,lon,id\n48.02,-124.665424,land\n48.9,-124.5,void\n10,10,far-away\n");
        var output = Path.Combine(folder, "paths.geojson");

        var result = CliRunner.Run("batch", "srtm1/N48W125.hgt", "--peaks", peaks, "--methods", "hill-walker", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("bad start 'void': start lat 48.90000, lon -124.50000 is in a void", result.Stdout);
        Assert.Contains("bad start 'far-away': start lat 10.00000, lon 10.00000 is outside every raster given", result.Stdout);
        var features = VectorReader.ReadFeatures(output).ToDictionary(f => f.Fields["start_id"]!);
        Assert.Equal(["land", "void", "far-away"], features.Keys);
        Assert.Null(features["land"].Fields["start_problem"]);
        Assert.True(features["land"].Positions.Count > 2);
        Assert.Equal("entered-void", features["void"].Fields["end_reason"]);
        Assert.Equal("left-raster", features["far-away"].Fields["end_reason"]);
        Assert.Contains("outside every raster", features["far-away"].Fields["start_problem"]);
    }

    [Fact]
    public void Batch_TwoHalvesOfATile_WriteTheSamePathsAsTheTileAndPathsCrossTheSeam()
    {
        var folder = TestData.NewTempFolder();
        var halves = Directory.CreateDirectory(Path.Combine(folder, "halves")).FullName;
        GdalTools.SplitWestEast(TestData.N52W007, halves, 1201);
        var fromTile = Path.Combine(folder, "tile.geojson");
        var fromHalves = Path.Combine(folder, "halves.geojson");

        var tileRun = CliRunner.Run("batch", TestData.N52W007, "--min-prominence", "250", "--out", fromTile);
        var halvesRun = CliRunner.Run("batch", halves, "--min-prominence", "250", "--out", fromHalves);

        Assert.Equal((0, 0), (tileRun.ExitCode, halvesRun.ExitCode));
        Assert.Equal(File.ReadAllBytes(fromTile), File.ReadAllBytes(fromHalves));
        const double seamLongitude = -6.5;
        var crossing = VectorReader.ReadFeatures(fromHalves)
            .Count(f => f.Positions.Any(p => p.X < seamLongitude) && f.Positions.Any(p => p.X > seamLongitude));
        Assert.True(crossing > 0, "at least one path crosses from one half into the other");
    }
}
