using TerrainDescent.Cli.Output;

namespace TerrainDescent.Cli.Tests;

/// <summary>Tables fit the terminal: one block when a row fits, stacked blocks with the key column otherwise.</summary>
public sealed class TextTableTests
{
    [Fact]
    public void Lines_WhenARowFits_AreOneBlockWithNumbersRightAligned()
    {
        var table = new TextTable(("method", false), ("steps", true), ("median\nlength m", true));
        table.AddRow("hill-walker", "12987", "5219");
        table.AddRow("momentum", "8", "15701");

        var lines = table.Lines(80);

        Assert.Equal(
            [
                "                      median",
                "method       steps  length m",
                "hill-walker  12987      5219",
                "momentum         8     15701",
            ],
            lines);
    }

    [Fact]
    public void Lines_WhenARowIsTooWide_StackTheColumnsUnderTheKeyAndCutNoValue()
    {
        var table = new TextTable(("method", false), ("a", true), ("b", true), ("c", true));
        table.AddRow("hill-walker", "1234567890", "abcdefghij", "ABCDEFGHIJ");

        var lines = table.Lines(30);

        Assert.All(lines, line => Assert.True(line.Length <= 30, $"wider than 30: '{line}'"));
        Assert.Equal(
            [
                "method                a",
                "hill-walker  1234567890",
                "",
                "method                b",
                "hill-walker  abcdefghij",
                "",
                "method                c",
                "hill-walker  ABCDEFGHIJ",
            ],
            lines);
    }

    [Fact]
    public void Descend_AtEightyColumns_FitsEveryLineAndKeepsEveryValue()
    {
        var folder = TerrainDescent.TestSupport.TestData.NewTempFolder();
        string[] arguments = ["descend", "--start", "52.6175,-6.7797", "--method", "all", "--out", Path.Combine(folder, "p.geojson")];

        var narrow = CliRunner.RunWith(new Dictionary<string, string> { ["COLUMNS"] = "80" }, arguments);
        var wide = CliRunner.RunWith(new Dictionary<string, string> { ["COLUMNS"] = "200" }, arguments);

        Assert.Equal((0, 0), (narrow.ExitCode, wide.ExitCode));
        Assert.All(narrow.Stdout.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, $"wider than 80 columns: {line}"));
        var wideRow = wide.Stdout.Split('\n').Single(l => l.StartsWith("exact-line-search ", StringComparison.Ordinal));
        Assert.True(wideRow.Length > 80, "the whole row is wider than 80 columns, so the narrow table must stack");
        var narrowRows = narrow.Stdout.Split('\n').Where(l => l.StartsWith("exact-line-search ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, narrowRows.Count);
        var cells = wideRow.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var stacked = string.Join(' ', narrowRows).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(c => c != "exact-line-search");
        Assert.Equal(cells.Skip(1), stacked);
    }
}

/// <summary>The batch progress bar names its two times.</summary>
public sealed class LabelledTimeColumnTests
{
    [Theory]
    [InlineData(0, "0:00:00")]
    [InlineData(65, "0:01:05")]
    [InlineData(3725, "1:02:05")]
    [InlineData(90_000, "25:00:00")]
    public void Format_IsHoursMinutesSeconds(int seconds, string expected) =>
        Assert.Equal(expected, LabelledTimeColumn.Format(TimeSpan.FromSeconds(seconds)));
}
