using System.Collections.Concurrent;
using System.Globalization;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

/// <summary>
/// <c>batch --shard I/N</c> and <c>merge</c>: any number of shards, run with any threads and cache, merge into
/// exactly the bytes of the batch run on one machine, and bad sets of parts are refused in one line.
/// </summary>
[Trait("Category", "Gdal")]
public sealed class BatchShardTests
{
    private static readonly ConcurrentDictionary<string, Lazy<(string Folder, string[] Input)>> Unsharded = new();

    [Theory]
    [InlineData("tile", 1)]
    [InlineData("tile", 2)]
    [InlineData("tile", 3)]
    [InlineData("tile", 7)]
    [InlineData("cluster", 1)]
    [InlineData("cluster", 2)]
    [InlineData("cluster", 3)]
    [InlineData("cluster", 7)]
    public void Merge_OfEveryShard_WritesTheUnshardedBatchsPathsAndSummaryByteForByte(string input, int shards)
    {
        var (reference, inputs) = Reference(input);
        var folder = TestData.NewTempFolder();
        var parts = Enumerable.Range(0, shards).Select(i => Path.Combine(folder, Text($"shard-{i}.part"))).ToArray();

        var runs = Enumerable.Range(0, shards).Select(i => CliRunner.Run(
            ["batch", .. inputs, "--threads", "1", "--shard", Text($"{i}/{shards}"), "--out", parts[i]])).ToArray();
        var merge = CliRunner.Run(["merge", .. parts.Reverse(), "--out", Path.Combine(folder, "merged.geojson"), "--summary", Path.Combine(folder, "merged.csv")]);

        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
        Assert.Equal(0, merge.ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(reference, "one.geojson")), File.ReadAllBytes(Path.Combine(folder, "merged.geojson")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(reference, "one.csv")), File.ReadAllBytes(Path.Combine(folder, "merged.csv")));
        Assert.Matches(@"(?m)^hill-walker\s+\d+", merge.Stdout);
    }

    [Fact]
    public void BatchShard_OfAClusterInThreeShards_SplitsItsStartsEvenly()
    {
        var (_, inputs) = Reference("cluster");
        var folder = TestData.NewTempFolder();

        var counts = Enumerable.Range(0, 3).Select(i =>
        {
            var run = CliRunner.Run(["batch", .. inputs, "--shard", Text($"{i}/3"), "--out", Path.Combine(folder, Text($"{i}.part"))]);
            Assert.Equal(0, run.ExitCode);
            var line = run.Stdout.Split('\n').Single(l => l.StartsWith("wrote shard", StringComparison.Ordinal));
            return int.Parse(line.Split('(')[1].Split(' ')[0], CultureInfo.InvariantCulture);
        }).ToArray();

        Assert.InRange(counts.Max() - counts.Min(), 0, 1);
        Assert.True(counts.Min() > 0);
    }

    [Fact]
    public void Merge_WithAShardMissing_FailsInOneLineAndWritesNothing()
    {
        var folder = TestData.NewTempFolder();
        var part = Path.Combine(folder, "0.part");
        Assert.Equal(0, CliRunner.Run("batch", "--min-prominence", "300", "--shard", "0/2", "--out", part).ExitCode);
        var output = Path.Combine(folder, "merged.geojson");

        var merge = CliRunner.Run("merge", part, "--out", output);

        CliRunner.AssertOneLineError(merge, "shard(s) 1/2 missing");
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Merge_OfPartsOfDifferentBatches_FailsInOneLine()
    {
        var folder = TestData.NewTempFolder();
        var first = Path.Combine(folder, "a.part");
        var second = Path.Combine(folder, "b.part");
        Assert.Equal(0, CliRunner.Run("batch", "--min-prominence", "300", "--shard", "0/2", "--out", first).ExitCode);
        Assert.Equal(0, CliRunner.Run("batch", "--min-prominence", "300", "--alpha", "12", "--shard", "1/2", "--out", second).ExitCode);

        var merge = CliRunner.Run("merge", first, second, "--out", Path.Combine(folder, "merged.geojson"));

        CliRunner.AssertOneLineError(merge, "is a part of another batch");
    }

    [Theory]
    [InlineData("3/3", "the shard must be 0 to N−1 of N shards")]
    [InlineData("1", "is not I/N")]
    [InlineData("a/b", "is not I/N")]
    public void BatchShard_NotAShardOfN_FailsInOneLine(string shard, string expected)
    {
        var result = CliRunner.Run("batch", "--shard", shard, "--out", Path.Combine(TestData.NewTempFolder(), "p.part"));

        CliRunner.AssertOneLineError(result, expected);
    }

    [Fact]
    public void BatchShard_WithASummary_FailsPointingToMerge()
    {
        var folder = TestData.NewTempFolder();

        var result = CliRunner.Run("batch", "--shard", "0/2", "--out", Path.Combine(folder, "p.part"), "--summary", Path.Combine(folder, "s.csv"));

        CliRunner.AssertOneLineError(result, "--summary goes with 'merge'");
    }

    /// <summary>
    /// The unsharded batch of an input, run once per test run on two threads, and the batch arguments that give it:
    /// one SRTM3 tile from its summits (<c>--peaks auto</c>) in a cache of 8 MB, larger than the tile; or a 2 × 2
    /// cluster of copies of it, also from its summits, found tile by tile in a cache of 8 MB that holds one tile of
    /// the four, so paths cross tiles that come and go.
    /// </summary>
    private static (string Folder, string[] Input) Reference(string input) => Unsharded.GetOrAdd(input, name => new Lazy<(string, string[])>(() =>
    {
        var folder = TestData.NewTempFolder();
        string[] inputs;
        if (name == "tile")
        {
            inputs = [TestData.N52W007, "--min-prominence", "150", "--cache-mb", "8"];
        }
        else
        {
            inputs = [TileFolders.Cluster(TestData.N52W007, 2, -9, 51), "--min-prominence", "150", "--cache-mb", "8"];
        }

        var run = CliRunner.Run(["batch", .. inputs, "--threads", "2", "--out", Path.Combine(folder, "one.geojson"), "--summary", Path.Combine(folder, "one.csv")]);
        Assert.Equal(0, run.ExitCode);
        return (folder, inputs);
    })).Value;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
