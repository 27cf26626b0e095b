using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

/// <summary>
/// The programs <c>scripts/setup.sh</c> publishes into <c>.build/cli</c>: the command line compiled natively (no .NET
/// assembly of its own beside it), which writes the same bytes as the JIT-compiled build and hands <c>cluster</c> to
/// its JIT-compiled copy and <c>serve</c> to the map server's program.
/// </summary>
[Trait("Category", "Gdal")]
public sealed class PublishedProgramTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot(), ".build", "cli");
    private static readonly string Native = Path.Combine(Folder, "terrain-descent");

    [Fact]
    public void Published_CommandLine_IsNativeCode()
    {
        Assert.True(File.Exists(Native), $"{Native} is missing; run scripts/setup.sh");
        var header = File.ReadAllBytes(Native).AsSpan(0, 4).ToArray();

        Assert.Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, header);
        Assert.False(File.Exists(Path.Combine(Folder, "terrain-descent.dll")), "a natively compiled program has no assembly of its own beside it");
        Assert.True(File.Exists(Path.Combine(Folder, "jit", "terrain-descent.dll")), "the JIT-compiled copy that runs 'cluster' is missing");
    }

    [Fact]
    public void Published_Descend_WritesTheBytesOfTheJitCompiledBuild()
    {
        var folder = TestData.NewTempFolder();
        var (native, jit) = (Path.Combine(folder, "native.geojson"), Path.Combine(folder, "jit.geojson"));

        var nativeRun = CliRunner.RunProgram(Native, "descend", TestData.N52W007, "--start", "52.6175,-6.7797", "--method", "all", "--out", native);
        var jitRun = CliRunner.Run("descend", TestData.N52W007, "--start", "52.6175,-6.7797", "--method", "all", "--out", jit);

        Assert.Equal((0, 0), (nativeRun.ExitCode, jitRun.ExitCode));
        Assert.Equal(File.ReadAllBytes(jit), File.ReadAllBytes(native));
    }

    [Fact]
    public void Published_ClusterAndServe_RunTheirOwnPrograms()
    {
        var cluster = CliRunner.RunProgram(Native, "cluster", "silo", "--help");
        var serve = CliRunner.RunProgram(Native, "serve", "--help");

        Assert.Equal((0, 0), (cluster.ExitCode, serve.ExitCode));
        Assert.Contains("--gateway-port", cluster.Stdout, StringComparison.Ordinal);
        Assert.Contains("--basemap", serve.Stdout, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TerrainDescent.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no TerrainDescent.sln above {AppContext.BaseDirectory}");
    }
}
