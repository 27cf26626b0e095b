using System.Text;

namespace TerrainDescent.Core.Batch.Shards;

/// <summary>
/// Writes a part file (see <see cref="BatchPartFormat"/>) to a stream, one start at a time in ascending start order.
/// Call <see cref="Finish"/> to write the end marker; a part without it is refused when read. Pair it with
/// <see cref="IO.AtomicFile"/> so a part appears whole or not at all.
/// </summary>
public sealed class BatchPartWriter : IDisposable
{
    private readonly BinaryWriter _writer;
    private readonly int _methodCount;
    private int _lastStart = -1;
    private int _records;

    /// <summary>Writes the header of a part of the batch described by <paramref name="header"/>.</summary>
    public BatchPartWriter(Stream stream, BatchPartHeader header)
    {
        _writer = new BinaryWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        _methodCount = header.Methods.Count;
        _writer.Write(BatchPartFormat.Magic);
        _writer.Write(BatchPartFormat.Version);
        _writer.Write(header.Fingerprint);
        _writer.Write(header.Shard.Index);
        _writer.Write(header.Shard.Count);
        _writer.Write(header.StartCount);
        _writer.Write(header.Methods.Count);
        foreach (var method in header.Methods)
        {
            _writer.Write(method);
        }

        _writer.Write(header.CollectionName);
    }

    /// <summary>Appends <paramref name="record"/>; start indices must ascend and every method must have an entry.</summary>
    public void Write(BatchPartRecord record)
    {
        if (record.StartIndex <= _lastStart || record.Entries.Count != _methodCount)
        {
            throw new ArgumentException("part records go in ascending start order, one entry per method", nameof(record));
        }

        _lastStart = record.StartIndex;
        _records++;
        _writer.Write(BatchPartFormat.RecordMarker);
        _writer.Write(record.StartIndex);
        _writer.Write(record.StartId);
        foreach (var entry in record.Entries)
        {
            var flags = (byte)((entry.Descended ? BatchPartFormat.DescendedFlag : 0) | (entry.Problem is null ? 0 : BatchPartFormat.ProblemFlag));
            _writer.Write(flags);
            _writer.Write((int)entry.Reason);
            _writer.Write(entry.Steps);
            _writer.Write(entry.GroundLengthMetres);
            if (entry.Problem is not null)
            {
                _writer.Write(entry.Problem);
            }

            _writer.Write(entry.FeatureJson.Length);
            _writer.Write(entry.FeatureJson);
        }
    }

    /// <summary>Writes the end marker and flushes.</summary>
    public void Finish()
    {
        _writer.Write(BatchPartFormat.EndMarker);
        _writer.Write(_records);
        _writer.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}
