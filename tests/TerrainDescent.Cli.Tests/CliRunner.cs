using System.Diagnostics;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

/// <summary>Runs the real <c>terrain-descent</c> program as a separate process, as a user would.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] arguments) => RunIn(TestData.NewTempFolder("td-cli"), arguments);

    public static Result RunIn(string workingFolder, params string[] arguments) => RunIn(workingFolder, new Dictionary<string, string>(), arguments);

    /// <summary>Runs with extra environment variables, such as <c>COLUMNS</c>.</summary>
    public static Result RunWith(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunIn(TestData.NewTempFolder("td-cli"), environment, arguments);

    /// <summary>Runs <paramref name="program"/> itself (a published executable) rather than the built assembly.</summary>
    public static Result RunProgram(string program, params string[] arguments) =>
        Execute(program, [], TestData.NewTempFolder("td-cli"), new Dictionary<string, string>(), arguments);

    private static Result RunIn(string workingFolder, IReadOnlyDictionary<string, string> environment, string[] arguments) =>
        Execute("dotnet", [Path.Combine(AppContext.BaseDirectory, "terrain-descent.dll")], workingFolder, environment, arguments);

    private static Result Execute(string program, string[] programArguments, string workingFolder, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingFolder,
        };
        foreach (var argument in programArguments.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TERRAIN_DATA"] = TestData.SrtmFolder;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"terrain-descent {string.Join(' ', arguments)} did not finish");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Asserts the run failed with exactly one "terrain-descent: error: …" line and no stack trace.</summary>
    public static void AssertOneLineError(Result result, string expectedFragment)
    {
        Assert.NotEqual(0, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("terrain-descent: error: ", line);
        Assert.Contains(expectedFragment, line);
        Assert.DoesNotContain("   at ", result.Stderr + result.Stdout);
    }
}
