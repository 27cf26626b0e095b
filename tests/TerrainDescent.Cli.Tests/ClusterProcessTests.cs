using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TerrainDescent.TestSupport;
using Xunit.Abstractions;

namespace TerrainDescent.Cli.Tests;

/// <summary>
/// The cluster as users run it, each part its own process: a redis-server of its own (no persistence, a free port),
/// three <c>cluster silo</c> processes on 127.0.0.1, then <c>cluster batch</c>; one silo is SIGKILLed once the batch
/// reports progress, while most jobs are still to run. The paths and the summary must be the bytes of the one-machine
/// <c>batch</c>, and every job's result taken exactly once. Every process is killed at the end, pass or fail.
/// </summary>
[Trait("Category", "MultiProcess")]
[Collection(MultiProcessCollection.Name)]
public sealed partial class ClusterProcessTests(ITestOutputHelper output)
{
    private const int Silos = 3;
    private const int GridColumns = 60;
    private const int GridRows = 40;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan BatchTimeout = TimeSpan.FromSeconds(180);

    /// <summary>A silo learns of one that joined after it within the membership table refresh (2 s, see ClusterSiloSetup).</summary>
    private static readonly TimeSpan MembershipRefresh = TimeSpan.FromSeconds(3);

    [Fact]
    public void ClusterBatch_OnThreeSiloProcessesWithOneKilledMidRun_WritesTheOneMachineBytesTakingEveryJobOnce()
    {
        var folder = TestData.NewTempFolder("td-multiprocess");
        var starts = WriteGridStarts(Path.Combine(folder, "starts.csv"));
        string[] inputs = [TestData.N52W007, "--peaks", starts, "--methods", "all"];
        var processes = new List<TestProcess>();
        var ids = new List<int>();
        try
        {
            var clock = Stopwatch.StartNew();
            var redisPort = TestProcess.FreePort();
            var redis = Started(processes, TestProcess.Start("redis-server", folder, "redis-server", "--port", Text(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder));
            redis.WaitForLine("Ready to accept connections", StartTimeout);
            var membership = $"127.0.0.1:{Text(redisPort)}";

            clock.Restart();
            var silos = Enumerable.Range(0, Silos)
                .Select(i => Started(processes, TestProcess.StartCli($"silo {i}", folder, "cluster", "silo", "--redis", membership, "--port", Text(TestProcess.FreePort()), "--gateway-port", Text(TestProcess.FreePort()))))
                .ToArray();
            foreach (var silo in silos)
            {
                silo.WaitForLine("silo up on ", StartTimeout);
            }

            var silosUp = clock.Elapsed;
            Thread.Sleep(MembershipRefresh); // every silo knows the others, so the blocks spread over all three
            clock.Restart();
            var batch = Started(processes, TestProcess.StartCli("cluster batch", folder, ["cluster", "batch", .. inputs, "--redis", membership, "--job-size", "8", "--out", "cluster.geojson", "--summary", "cluster.csv"]));
            var progress = batch.WaitForLine("progress: ", BatchTimeout);
            var killedAt = clock.Elapsed;
            Assert.False(batch.HasExited, "the batch ended before a silo could be killed");
            silos[^1].Kill();
            var exitCode = batch.WaitForExit(BatchTimeout);
            var ran = clock.Elapsed;
            Assert.True(exitCode == 0, batch.Output);

            var oneMachine = CliRunner.RunIn(folder, ["batch", .. inputs, "--out", "one.geojson", "--summary", "one.csv"]);
            Assert.True(oneMachine.ExitCode == 0, oneMachine.Stderr);

            Assert.True(File.ReadAllBytes(Path.Combine(folder, "one.geojson")).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folder, "cluster.geojson"))), "the cluster's paths differ from the one-machine batch's");
            Assert.Equal(File.ReadAllText(Path.Combine(folder, "one.csv")), File.ReadAllText(Path.Combine(folder, "cluster.csv")));
            var jobs = TakenOnce().Match(batch.Output);
            Assert.True(jobs.Success, batch.Output);
            Assert.Equal(GridColumns * GridRows / 8, int.Parse(jobs.Groups["jobs"].Value, CultureInfo.InvariantCulture));
            // Whether the killed silo still held jobs, and so whether any was re-dispatched, and by which coordinator,
            // depends on timing; the line is reported, not asserted.
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Silos} silo processes up in {silosUp.TotalSeconds:F1} s; one SIGKILLed {killedAt.TotalSeconds:F1} s into the batch at '{progress}'; batch done in {ran.TotalSeconds:F1} s"));
            output.WriteLine(string.Join('\n', batch.Output.Split('\n').Where(l => l.StartsWith("took ", StringComparison.Ordinal) || l.StartsWith("wrote in start order", StringComparison.Ordinal))));
        }
        finally
        {
            foreach (var process in processes)
            {
                ids.Add(process.Id);
                process.Dispose();
            }

            Directory.Delete(folder, recursive: true);
        }

        Assert.All(ids, id => Assert.Throws<ArgumentException>(() => Process.GetProcessById(id))); // none is left
    }

    /// <summary>A grid of starts over N52W007, row by row: 2,400 starts, 300 jobs of 8.</summary>
    private static string WriteGridStarts(string path)
    {
        var csv = new StringBuilder("lat,lon,id\n");
        for (var i = 0; i < GridColumns * GridRows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{52.02 + (i / GridColumns) * 0.024:F5},{-6.98 + (i % GridColumns) * 0.0163:F5},g{i}\n");
        }

        File.WriteAllText(path, csv.ToString());
        return path;
    }

    private static TestProcess Started(List<TestProcess> processes, TestProcess process)
    {
        processes.Add(process);
        return process;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^took each of (?<jobs>\d+) job result\(s\) once", RegexOptions.Multiline)]
    private static partial Regex TakenOnce();
}
