using TerrainDescent.Core.IO;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.IO;

public sealed class OutputGuardTests
{
    [Fact]
    public void Problem_OutputIsAnInput_NamesTheInput()
    {
        var folder = TestData.NewTempFolder();
        var input = Path.Combine(folder, "dem.tif");
        File.WriteAllText(input, "raster");

        var problem = OutputGuard.Problem([("--out", Path.Combine(folder, ".", "dem.tif"))], [input]);

        Assert.Contains("is an input of this run", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_OutputIsALinkToAnInput_IsRefused()
    {
        var folder = TestData.NewTempFolder();
        var input = Path.Combine(folder, "dem.tif");
        var link = Path.Combine(folder, "link.tif");
        File.WriteAllText(input, "raster");
        File.CreateSymbolicLink(link, input);

        Assert.NotNull(OutputGuard.Problem([("--out", link)], [input]));
        Assert.NotNull(OutputGuard.Problem([("--out", input)], [link]));
    }

    [Fact]
    public void Problem_TwoOutputsOnOneFile_IsRefused()
    {
        var folder = TestData.NewTempFolder();

        var problem = OutputGuard.Problem([("--out", Path.Combine(folder, "a.txt")), ("--summary", Path.Combine(folder, "a.txt"))], []);

        Assert.Contains("--summary", problem, StringComparison.Ordinal);
        Assert.Contains("same file as --out", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_OutputInsideAnInputFolderWithATileExtension_IsRefused()
    {
        var folder = TestData.NewTempFolder();

        Assert.NotNull(OutputGuard.Problem([("--out", Path.Combine(folder, "sub", "x.tif"))], [folder], [".tif"]));
        Assert.Null(OutputGuard.Problem([("--out", Path.Combine(folder, "x.geojson"))], [folder], [".tif"]));
    }

    [Fact]
    public void Problem_DistinctWritableOutputs_IsNull()
    {
        var folder = TestData.NewTempFolder();

        var problem = OutputGuard.Problem([("--out", Path.Combine(folder, "a.geojson")), ("--summary", null), ("--other", AtomicFile.StandardOutput)], [Path.Combine(folder, "dem.tif")]);

        Assert.Null(problem);
    }
}
