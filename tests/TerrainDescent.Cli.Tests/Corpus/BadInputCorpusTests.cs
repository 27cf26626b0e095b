using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests.Corpus;

/// <summary>
/// Runs every case of <see cref="BadInputCases"/> as a user would: the exit code, exactly one error line holding
/// the expected fragment and no stack trace, and nothing written or changed, neither in the corpus folder (inputs,
/// the read-only file, the pipe, links) nor in the empty working folder, nor outside them (the device, a missing
/// folder that must not appear).
/// </summary>
[Trait("Category", "Gdal")]
public sealed class BadInputCorpusTests(BadInputFiles files) : IClassFixture<BadInputFiles>
{
    public static TheoryData<string, string[], int, string> Files => BadInputCases.Files;

    public static TheoryData<string, string[], int, string> Parameters => BadInputCases.Parameters;

    public static TheoryData<string, string[], int, string> StartLists => BadInputCases.StartLists;

    public static TheoryData<string, string[], int, string> Outputs => BadInputCases.Outputs;

    [Theory]
    [MemberData(nameof(Files))]
    public void Run_BadInputFile_FailsWithOneLineAndWritesNothing(string name, string[] arguments, int exitCode, string fragment) =>
        AssertRefused(name, arguments, exitCode, fragment);

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Run_BadParameter_FailsWithOneLineAndWritesNothing(string name, string[] arguments, int exitCode, string fragment) =>
        AssertRefused(name, arguments, exitCode, fragment);

    [Theory]
    [MemberData(nameof(StartLists))]
    public void Batch_BadStartList_FailsWithOneLineAndWritesNothing(string name, string[] arguments, int exitCode, string fragment) =>
        AssertRefused(name, arguments, exitCode, fragment);

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Run_ForbiddenOutput_IsRefusedBeforeAnyWork(string name, string[] arguments, int exitCode, string fragment) =>
        AssertRefused(name, arguments, exitCode, fragment);

    [Theory]
    [InlineData("bom.csv", "\"leinster\"")]
    [InlineData("crlf.csv", "\"leinster\"")]
    [InlineData("quotes.csv", "\"lein,ster\"")]
    public void Batch_StartListWithBomCrlfOrQuotes_IsRead(string startList, string expectedId)
    {
        var working = TestData.NewTempFolder("td-corpus-run");
        var before = FolderSnapshot.Take(files.Folder);

        var result = CliRunner.RunIn(working, "batch", Path.Combine(files.Folder, "N52W007.hgt"), "--peaks", Path.Combine(files.Folder, startList), "--methods", "hill-walker", "--out", "out.geojson");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains(expectedId, File.ReadAllText(Path.Combine(working, "out.geojson")), StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(files.Folder));
    }

    private void AssertRefused(string name, string[] arguments, int exitCode, string fragment)
    {
        var working = TestData.NewTempFolder("td-corpus-run");
        var expanded = arguments.Select(a => Expand(a, working)).ToArray();
        var before = FolderSnapshot.Take(files.Folder);

        var result = CliRunner.RunIn(working, expanded);

        Assert.True(exitCode == result.ExitCode, $"{name}: exit {result.ExitCode}, expected {exitCode}; stderr: {result.Stderr}");
        CliRunner.AssertOneLineError(result, Expand(fragment, working));
        Assert.DoesNotContain("internal error", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(files.Folder));
        Assert.Empty(Directory.EnumerateFileSystemEntries(working));
        Assert.False(Directory.Exists("/nonexistent-td-corpus"), "a missing output folder must never be created");
        Assert.True(new FileInfo("/dev/full").Length == 0, "/dev/full stays a device, not a file of GeoJSON");
    }

    private string Expand(string text, string working) => text.Replace("{F}", files.Folder, StringComparison.Ordinal).Replace("{W}", working, StringComparison.Ordinal);
}
