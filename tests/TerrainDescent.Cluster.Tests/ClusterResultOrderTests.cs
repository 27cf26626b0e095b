using System.Globalization;
using System.Text;
using TerrainDescent.Core.Batch.Shards;
using TerrainDescent.Core.Descent;

namespace TerrainDescent.Cluster.Tests;

/// <summary>Parts that arrive in any order are written in start order, each start once, in memory or spilled to disk.</summary>
public sealed class ClusterResultOrderTests
{
    private const int StartCount = 20;
    private const int JobCount = 4;
    private static readonly string[] Methods = ["hill-walker", "momentum"];
    private static readonly ClusterBatchSpec Spec = new("b", [], Methods, "{}", 0, 1, 0, "fingerprint", StartCount, JobCount);

    [Theory]
    [InlineData(0L)]
    [InlineData(100L)]
    [InlineData(ClusterResultOrder.DefaultMemoryBudgetBytes)]
    public void Add_PartsInAnyOrder_WritesEveryStartOnceInStartOrder(long memoryBudgetBytes)
    {
        var written = new List<BatchPartRecord>();
        using var order = new ClusterResultOrder(Spec, written.Add, memoryBudgetBytes);

        foreach (var job in new[] { 3, 1, 0, 2 })
        {
            order.Add(job, Part(job, StartsOf(job)));
        }

        order.Finish();

        Assert.Equal(Enumerable.Range(0, StartCount), written.Select(r => r.StartIndex));
        Assert.All(written, r => Assert.Equal(Feature(r.StartIndex, 1), r.Entries[1].FeatureJson));
        Assert.Equal($"s{StartCount - 1}", written[^1].StartId);
        Assert.True(order.PeakWaitingStarts > 0);
        Assert.Equal(memoryBudgetBytes == ClusterResultOrder.DefaultMemoryBudgetBytes, order.SpilledStarts == 0);
    }

    [Fact]
    public void Add_StartInTwoJobs_FailsNamingTheStart()
    {
        using var order = new ClusterResultOrder(Spec, _ => { });
        order.Add(1, Part(1, [1, 5]));

        var error = Assert.Throws<InvalidDataException>(() => order.Add(2, Part(2, [2, 5])));

        Assert.Contains("start 5 came twice", error.Message);
    }

    [Fact]
    public void Finish_StartInNoJob_FailsNamingTheFirstMissing()
    {
        using var order = new ClusterResultOrder(Spec, _ => { });
        order.Add(0, Part(0, [0, 1, 2]));
        order.Add(1, Part(1, [4]));

        var error = Assert.Throws<InvalidDataException>(order.Finish);

        Assert.Equal("start 3 of the batch came in no job", error.Message);
    }

    [Fact]
    public void Add_PartOfAnotherBatch_Fails()
    {
        using var order = new ClusterResultOrder(Spec, _ => { });

        var error = Assert.Throws<InvalidDataException>(() => order.Add(0, Part(0, [0], "other")));

        Assert.Equal("the part of job 0 belongs to another batch or job", error.Message);
    }

    /// <summary>Job j holds every start i with i mod 4 = j: each job's starts scattered over the batch, as tiles scatter them.</summary>
    private static int[] StartsOf(int job) => Enumerable.Range(0, StartCount).Where(i => i % JobCount == job).ToArray();

    private static byte[] Part(int job, int[] starts, string fingerprint = "fingerprint")
    {
        using var buffer = new MemoryStream();
        using (var writer = new BatchPartWriter(buffer, new BatchPartHeader(fingerprint, new ShardSpec(job, JobCount), StartCount, Methods, ClusterJobRunner.CollectionName)))
        {
            foreach (var s in starts)
            {
                var entries = Enumerable.Range(0, Methods.Length).Select(m => new BatchPartEntry(true, StopReason.SeaLevel, s, s * 10.0, null, Feature(s, m))).ToArray();
                writer.Write(new BatchPartRecord(s, string.Create(CultureInfo.InvariantCulture, $"s{s}"), entries));
            }

            writer.Finish();
        }

        return buffer.ToArray();
    }

    private static byte[] Feature(int start, int method) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{{\"start\":{start},\"method\":{method}}}"));
}
