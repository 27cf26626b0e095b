using System.Diagnostics;
using System.Globalization;
using Orleans.TestingHost;
using TerrainDescent.Application.Batches;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Batch.Shards;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain.Tiles;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.GeoJson;
using TerrainDescent.TestSupport;
using Xunit.Abstractions;

namespace TerrainDescent.Cluster.Tests;

/// <summary>
/// A batch on an in-process cluster of three silos, one of them killed while it runs jobs: every job's result is
/// taken exactly once and the collection has the bytes of the same batch run on one machine.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class ClusterBatchClientTests(ITestOutputHelper output)
{
    private const int JobSize = 5;
    private const int JobsPerBlock = 4;

    [Fact]
    public async Task RunAsync_OnThreeSilosWithOneKilledMidRun_TakesEveryJobOnceAndWritesTheOneMachineBytes()
    {
        var starts = Starts();
        var methods = new[] { "hill-walker", "momentum" };
        var expected = OneMachine(starts, methods);
        var builder = new TestClusterBuilder(3);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        var cluster = builder.Build();
        var clock = Stopwatch.StartNew();
        await cluster.DeployAsync();
        var deployed = clock.Elapsed;
        try
        {
            var (spec, jobs) = Jobs(starts, methods);
            var client = new ClusterBatchClient(cluster.GrainFactory);
            var victim = cluster.SecondarySilos[^1];
            Task? kill = null;
            TimeSpan killedAt = default;

            clock.Restart();
            var stream = new MemoryStream();
            var writer = new GeoJsonStreamWriter(stream, ClusterJobRunner.CollectionName);
            using var order = new ClusterResultOrder(spec, record =>
            {
                foreach (var entry in record.Entries)
                {
                    writer.WriteRaw(entry.FeatureJson);
                }
            });
            await client.RunAsync(spec, jobs, order.Add, (done, _) =>
            {
                if (kill is null && done >= 1)
                {
                    killedAt = clock.Elapsed;
                    kill = cluster.KillSiloAsync(victim);
                }
            }, TimeSpan.FromSeconds(60));
            var ran = clock.Elapsed;
            await kill!;
            order.Finish();
            writer.Finish();

            Assert.Equal(jobs.Length, client.ReceivedJobs);
            Assert.Equal(expected, stream.ToArray());
            // Whether the killed silo still held unfinished jobs when it died depends on timing (on a busy machine
            // they may all be done by then); what must hold either way is above: every job once, the same bytes.
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"3 silos up in {deployed.TotalSeconds:F1} s; {jobs.Length} jobs of {JobSize} starts × 2 methods in {ran.TotalSeconds:F1} s, silo killed at {killedAt.TotalSeconds:F1} s; {client.LastStatus!.Dispatches} dispatches, {client.LastStatus.Redispatches} re-dispatched by the last coordinator, {client.FailedCalls} failed client calls"));
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    /// <summary>A grid of 480 starts over the tile, and one off it.</summary>
    private static BatchStart[] Starts() =>
        Enumerable.Range(0, 480)
            .Select(i => new BatchStart(string.Create(CultureInfo.InvariantCulture, $"s{i}"), -6.98 + (i % 24) * 0.041, 52.02 + (i / 24) * 0.048))
            .Append(new BatchStart("far-away", 10, 10))
            .ToArray();

    private static (ClusterBatchSpec Spec, ClusterJob[] Jobs) Jobs(BatchStart[] starts, string[] methods)
    {
        using var terrain = Open();
        var jobCount = (starts.Length + JobSize - 1) / JobSize;
        var plan = TileShardPlanner.Plan(terrain, starts, jobCount);
        var spec = new ClusterBatchSpec("test-batch", [TestData.N52W007], methods, DescentOptionsJson.Write(new DescentOptions()), 0, 1.0, 0, "test", starts.Length, jobCount);
        var jobs = Enumerable.Range(0, jobCount).Select(j =>
        {
            var owned = plan.StartsOf(j);
            return new ClusterJob(
                j,
                j / JobsPerBlock,
                owned.ToArray(),
                owned.Select(s => starts[s].Id).ToArray(),
                owned.Select(s => starts[s].X).ToArray(),
                owned.Select(s => starts[s].Y).ToArray(),
                owned.Select(_ => double.NaN).ToArray());
        }).ToArray();
        return (spec, jobs);
    }

    /// <summary>The batch's collection written on one machine: every start in order, every method for each.</summary>
    private static byte[] OneMachine(BatchStart[] starts, string[] methods)
    {
        using var terrain = Open();
        var runner = new BatchStartRunner(terrain, methods.Select(m => DescentMethods.TryGet(m, out var method) ? method : null!).ToArray(), new BatchOptions(), 1.0);
        var stream = new MemoryStream();
        using (var writer = new GeoJsonStreamWriter(stream, ClusterJobRunner.CollectionName))
        {
            for (var s = 0; s < starts.Length; s++)
            {
                for (var m = 0; m < methods.Length; m++)
                {
                    writer.WriteRaw(runner.Run(starts[s], s, m).FeatureJson);
                }
            }

            writer.Finish();
        }

        return stream.ToArray();
    }

    private static TiledTerrain Open() => TiledTerrain.Open(TileCatalog.Read([TestData.N52W007]), TileCache.OfMegabytes(64));

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddTerrainDescent(new ClusterSiloOptions { CacheMegabytes = 64, ConcurrentJobs = 1 });
    }
}
