using System.Text;
using TerrainDescent.Core.Batch.Shards;
using TerrainDescent.Core.Descent;

namespace TerrainDescent.Core.Tests.Batch.Shards;

public sealed class BatchPartReaderTests
{
    [Fact]
    public void Next_OnAPartJustWritten_GivesBackTheHeaderAndEveryRecordExactly()
    {
        var header = Header(new ShardSpec(1, 3));
        var records = new[] { Record(2, "b"), Record(5, "e", problem: "start lat 1, lon 2 is in a void") };

        var bytes = Write(header, records);
        using var reader = new BatchPartReader(new MemoryStream(bytes), "part");
        var read = ReadAll(reader);

        Assert.Equal(header.Fingerprint, reader.Header.Fingerprint);
        Assert.Equal(header.Shard, reader.Header.Shard);
        Assert.Equal(header.Methods, reader.Header.Methods);
        Assert.Equal(records.Select(r => (r.StartIndex, r.StartId)), read.Select(r => (r.StartIndex, r.StartId)));
        Assert.Equal(records[1].Entries[0].FeatureJson, read[1].Entries[0].FeatureJson);
        Assert.Equal(records[1].Entries, read[1].Entries, EntryComparer.Instance);
    }

    [Fact]
    public void Next_OnATruncatedPart_FailsNamingTheFile()
    {
        var bytes = Write(Header(new ShardSpec(0, 1)), [Record(0, "a"), Record(1, "b")]);

        using var reader = new BatchPartReader(new MemoryStream(bytes[..^10]), "shard-0.part");
        var error = Assert.Throws<InvalidDataException>(() => ReadAll(reader));

        Assert.Contains("shard-0.part is truncated", error.Message);
    }

    [Fact]
    public void Constructor_OnAFileThatIsNoPart_FailsSayingSo()
    {
        var error = Assert.Throws<InvalidDataException>(() => new BatchPartReader(new MemoryStream(Encoding.UTF8.GetBytes("\u0006{\"type\":1}")), "paths.geojson"));

        Assert.Contains("paths.geojson is not a part file", error.Message);
    }

    [Fact]
    public void Write_StartsOutOfOrder_IsRefused()
    {
        using var writer = new BatchPartWriter(new MemoryStream(), Header(new ShardSpec(0, 1)));
        writer.Write(Record(3, "c"));

        Assert.Throws<ArgumentException>(() => writer.Write(Record(2, "b")));
    }

    internal static BatchPartHeader Header(ShardSpec shard, string fingerprint = "tiles=1:abc") =>
        new(fingerprint, shard, 9, ["hill-walker", "momentum"], "terrain-descent batch");

    internal static BatchPartRecord Record(int start, string id, string? problem = null) => new(
        start,
        id,
        [
            new BatchPartEntry(problem is null, StopReason.SeaLevel, 10 + start, 100.5 * start, problem, Encoding.UTF8.GetBytes($"{{\"start\":{start},\"m\":0}}")),
            new BatchPartEntry(problem is null, StopReason.Stalled, 20 + start, 0.25 * start, problem, Encoding.UTF8.GetBytes($"{{\"start\":{start},\"m\":1}}")),
        ]);

    internal static byte[] Write(BatchPartHeader header, IEnumerable<BatchPartRecord> records)
    {
        var stream = new MemoryStream();
        using (var writer = new BatchPartWriter(stream, header))
        {
            foreach (var record in records)
            {
                writer.Write(record);
            }

            writer.Finish();
        }

        return stream.ToArray();
    }

    internal static List<BatchPartRecord> ReadAll(BatchPartReader reader)
    {
        var records = new List<BatchPartRecord>();
        while (reader.Next() is { } record)
        {
            records.Add(record);
        }

        return records;
    }

    private sealed class EntryComparer : IEqualityComparer<BatchPartEntry>
    {
        public static readonly EntryComparer Instance = new();

        public bool Equals(BatchPartEntry? x, BatchPartEntry? y) =>
            x!.Descended == y!.Descended && x.Reason == y.Reason && x.Steps == y.Steps
            && x.GroundLengthMetres.Equals(y.GroundLengthMetres) && x.Problem == y.Problem && x.FeatureJson.AsSpan().SequenceEqual(y.FeatureJson);

        public int GetHashCode(BatchPartEntry obj) => obj.Steps;
    }
}
