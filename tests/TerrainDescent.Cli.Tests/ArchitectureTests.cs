using System.Reflection;

namespace TerrainDescent.Cli.Tests;

/// <summary>
/// The layering the folder layout shows: the Core depends on nothing but the BCL, the application layer on the Core
/// and its adapters only, and the command line does not carry the map server (it runs it as its own program).
/// </summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void CommandLine_DoesNotReferenceTheMapServer()
    {
        var references = Names(typeof(Program).Assembly);

        Assert.DoesNotContain("terrain-descent-serve", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Core_ReferencesOnlyTheBaseClassLibrary()
    {
        var references = Names(typeof(Core.Terrain.TerrainSurface).Assembly);

        Assert.All(references, name => Assert.True(name == "netstandard" || name.StartsWith("System", StringComparison.Ordinal), $"Core references {name}"));
    }

    [Fact]
    public void ApplicationLayer_ReferencesNoProgram()
    {
        var references = Names(typeof(Application.Descents.DescentFromStart).Assembly);

        Assert.Contains("TerrainDescent.Core", references);
        Assert.DoesNotContain(references, name => name.StartsWith("terrain-descent", StringComparison.Ordinal) || name == "TerrainDescent.Cluster");
    }

    [Fact]
    public void Serve_ForwardsToTheMapServerProgram_WithItsOwnHelp()
    {
        var result = CliRunner.Run("serve", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--basemap", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--cache-mb", result.Stdout, StringComparison.Ordinal);
    }

    private static List<string> Names(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
}
