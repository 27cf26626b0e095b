using TerrainDescent.Core.Batch.Shards;
using static TerrainDescent.Core.Tests.Batch.Shards.BatchPartReaderTests;

namespace TerrainDescent.Core.Tests.Batch.Shards;

public sealed class BatchPartMergeTests
{
    [Fact]
    public void Records_OfThreeInterleavedParts_ComeInStartOrder()
    {
        using var merge = Merge(
            Part(new ShardSpec(2, 3), 1, 4, 5),
            Part(new ShardSpec(0, 3), 0, 2, 8),
            Part(new ShardSpec(1, 3), 3, 6, 7));

        var starts = merge.Records().Select(r => r.StartIndex).ToArray();

        Assert.Equal(Enumerable.Range(0, 9), starts);
    }

    [Fact]
    public void Constructor_AShardMissing_FailsNamingIt()
    {
        var error = Assert.Throws<InvalidDataException>(() => Merge(Part(new ShardSpec(0, 3), 0, 1, 2), Part(new ShardSpec(2, 3), 3, 4, 5)));

        Assert.Contains("shard(s) 1/3 missing", error.Message);
    }

    [Fact]
    public void Constructor_TheSameShardTwice_FailsNamingBothParts()
    {
        var error = Assert.Throws<InvalidDataException>(() => Merge(Part(new ShardSpec(0, 2), 0), Part(new ShardSpec(0, 2), 0)));

        Assert.Contains("part-1 and part-0 are both shard 0/2", error.Message);
    }

    [Fact]
    public void Constructor_PartsOfAnotherBatch_FailsSayingSo()
    {
        var other = Read(Write(Header(new ShardSpec(1, 2), "tiles=2:def"), [Record(1, "b")]));

        var error = Assert.Throws<InvalidDataException>(() => new BatchPartMerge([Part(new ShardSpec(0, 2), 0), other], ["a.part", "b.part"]));

        Assert.Contains("b.part is a part of another batch than a.part", error.Message);
    }

    [Fact]
    public void Records_AStartInTwoParts_FailsSayingSo()
    {
        using var merge = Merge(Part(new ShardSpec(0, 2), 0, 1, 2, 3, 4), Part(new ShardSpec(1, 2), 4, 5, 6, 7, 8));

        var error = Assert.Throws<InvalidDataException>(() => merge.Records().ToList());

        Assert.Contains("start 4 of the batch is in more than one part", error.Message);
    }

    private static BatchPartReader Part(ShardSpec shard, params int[] starts) =>
        Read(Write(Header(shard), starts.Select(s => Record(s, $"s{s}"))));

    private static BatchPartReader Read(byte[] bytes) => new(new MemoryStream(bytes), "part");

    private static BatchPartMerge Merge(params BatchPartReader[] parts) =>
        new(parts, parts.Select((_, i) => $"part-{i}").ToArray());
}
