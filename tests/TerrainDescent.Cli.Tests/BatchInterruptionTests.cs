using System.Diagnostics;
using System.Text.Json;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

/// <summary>
/// The kill test: a large batch (every method from every summit of N52W007, unsimplified: about 50 MB of GeoJSON)
/// is stopped while its output is being written, detected by its temporary file appearing beside the target.
/// After SIGINT or SIGTERM the previous output is intact and no temporary file is left; after SIGKILL, which no
/// program can catch, the previous output is still intact (the hidden temporary file may remain).
/// </summary>
[Trait("Category", "Gdal")]
public sealed class BatchInterruptionTests
{
    private const string Previous = "{\"type\":\"FeatureCollection\",\"name\":\"previous\",\"features\":[]}\n";
    private const int Attempts = 4;

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void Batch_InterruptedWhileWriting_KeepsThePreviousOutputAndRemovesItsTemporaryFile(string signal)
    {
        var interrupted = 0;
        for (var attempt = 0; attempt < Attempts && interrupted == 0; attempt++)
        {
            var folder = TestData.NewTempFolder("td-kill");
            var output = Path.Combine(folder, "out.geojson");
            File.WriteAllText(output, Previous);

            var (exitCode, caught) = RunAndStopWhileWriting(folder, process => Signal(process.Id, signal));

            if (!caught || exitCode == 0)
            {
                AssertWholeCollection(output); // the write won the race: the new output, whole
                continue;
            }

            interrupted++;
            Assert.Equal(Previous, File.ReadAllText(output));
            Assert.Equal(["out.geojson"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        }

        Assert.True(interrupted > 0, $"no run of {Attempts} was stopped while writing");
    }

    [Fact]
    public void Batch_KilledWhileWriting_KeepsThePreviousOutput()
    {
        var killed = 0;
        for (var attempt = 0; attempt < Attempts && killed == 0; attempt++)
        {
            var folder = TestData.NewTempFolder("td-kill");
            var output = Path.Combine(folder, "out.geojson");
            File.WriteAllText(output, Previous);

            var (_, caught) = RunAndStopWhileWriting(folder, process => process.Kill());

            if (caught)
            {
                killed++;
                Assert.Equal(Previous, File.ReadAllText(output));
                Assert.All(Directory.GetFiles(folder).Select(Path.GetFileName), name => Assert.True(name == "out.geojson" || name!.StartsWith(".out.geojson.", StringComparison.Ordinal), name));
            }
        }

        Assert.True(killed > 0, $"no run of {Attempts} was killed while writing");
    }

    /// <summary>Runs the batch in <paramref name="folder"/> and calls <paramref name="stop"/> once its temporary output exists.</summary>
    private static (int ExitCode, bool Caught) RunAndStopWhileWriting(string folder, Action<Process> stop)
    {
        // Through env --default-signal: a test run started in the background inherits SIGINT ignored, which the batch
        // would (rightly) keep ignoring; the batch must see SIGINT as a terminal delivers it.
        var start = new ProcessStartInfo("env") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "terrain-descent.dll"), "batch", TestData.N52W007, "--methods", "all", "--simplify", "0", "--out", "out.geojson" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var caught = false;
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (Directory.EnumerateFiles(folder, ".out.geojson.*.tmp").Any())
            {
                stop(process);
                caught = true;
                break;
            }

            Thread.Sleep(1);
        }

        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the batch did not stop");
        }

        _ = stdout.Result + stderr.Result;
        return (process.ExitCode, caught);
    }

    private static void Signal(int processId, string signal)
    {
        using var kill = Process.Start("kill", ["-s", signal, processId.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    private static void AssertWholeCollection(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
    }
}
