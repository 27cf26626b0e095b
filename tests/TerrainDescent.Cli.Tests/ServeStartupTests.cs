using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

/// <summary><c>serve</c> at start-up: a busy port is one line without a stack trace; a non-loopback host is warned about.</summary>
[Trait("Category", "Web")]
public sealed class ServeStartupTests
{
    [Fact]
    public void Serve_OnAPortInUse_FailsWithOneLineAndNoStackTrace()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var result = CliRunner.Run("serve", "--port", port);

        Assert.Equal(1, result.ExitCode);
        CliRunner.AssertOneLineError(result, "the port is already in use");
    }

    [Fact]
    public async Task Serve_OnAllInterfaces_WarnsThatThereIsNoAuthentication()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "terrain-descent.dll"), "serve", TestData.N52W007, "--port", "0", "--host", "0.0.0.0" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        try
        {
            var warning = await process.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));

            Assert.StartsWith("terrain-descent: warning: serving on 0.0.0.0", warning);
            Assert.Contains("no authentication", warning, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
