using System.Text.Json;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

/// <summary>Where outputs go: standard output for <c>--out -</c>, a link's target through a link.</summary>
[Trait("Category", "Gdal")]
public sealed class OutputTargetTests
{
    [Fact]
    public void Descend_OutDash_WritesGeoJsonAloneOnStandardOutput()
    {
        var folder = TestData.NewTempFolder();

        var result = CliRunner.RunIn(folder, "descend", "--start", "52.6175,-6.7797", "--method", "hill-walker", "--out", "-");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("hill-walker", json.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("method").GetString());
        Assert.Contains("wrote 1 path(s) to -", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void Batch_SummaryDash_WritesTheCsvOnStandardOutput()
    {
        var folder = TestData.NewTempFolder();

        var result = CliRunner.RunIn(folder, "batch", "--min-prominence", "300", "--out", "paths.geojson", "--summary", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("method,starts,descended", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(["paths.geojson"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Descend_OutThroughASymbolicLink_ReplacesTheTargetAndKeepsTheLink()
    {
        var folder = TestData.NewTempFolder();
        var target = Path.Combine(folder, "real.geojson");
        var link = Path.Combine(folder, "link.geojson");
        File.WriteAllText(target, "old");
        File.CreateSymbolicLink(link, target);

        var result = CliRunner.RunIn(folder, "descend", "--start", "52.6175,-6.7797", "--out", link);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("real.geojson", new FileInfo(link).LinkTarget is { } linkTarget ? Path.GetFileName(linkTarget) : null);
        Assert.StartsWith("{\"type\":\"FeatureCollection\"", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFileSystemEntries(folder).Length);
    }
}
