using System.Diagnostics;
using System.Text.RegularExpressions;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

/// <summary><c>serve</c>: starts on loopback, prints its address, answers, and refuses bad options in one line.</summary>
[Trait("Category", "Web")]
public sealed partial class ServeCommandTests
{
    [Fact]
    public async Task Serve_OnPortZero_PrintsALoopbackUrlThatAnswers()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "terrain-descent.dll"));
        foreach (var argument in new[] { "serve", "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TERRAIN_DATA"] = TestData.SrtmFolder;
        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var url = UrlPattern().Match(line ?? "");
            Assert.True(url.Success, $"no loopback URL in '{line}'");
            using var client = new HttpClient { BaseAddress = new Uri(url.Value) };

            var info = await client.GetStringAsync("api/info");

            Assert.Contains("N52W007.hgt", info);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public void Serve_WithBadPort_FailsWithOneLine()
    {
        var result = CliRunner.Run("serve", "--port", "70000");

        CliRunner.AssertOneLineError(result, "--port must be from 0 to 65535");
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex UrlPattern();
}
