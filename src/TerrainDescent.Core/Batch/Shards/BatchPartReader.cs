using System.Text;
using TerrainDescent.Core.Descent;

namespace TerrainDescent.Core.Batch.Shards;

/// <summary>
/// Reads a part file written by <see cref="BatchPartWriter"/>: the header at once, then the records one at a time.
/// Throws <see cref="InvalidDataException"/> with one line naming the file when it is not a part, is of another
/// format version or is truncated.
/// </summary>
public sealed class BatchPartReader : IDisposable
{
    private readonly BinaryReader _reader;
    private readonly string _name;
    private int _records;
    private bool _ended;

    /// <summary>Opens the part <paramref name="stream"/>, named <paramref name="name"/> in messages, and reads its header.</summary>
    public BatchPartReader(Stream stream, string name)
    {
        _reader = new BinaryReader(stream, new UTF8Encoding(false), leaveOpen: false);
        _name = name;
        Header = Guard(() =>
        {
            if (_reader.ReadString() != BatchPartFormat.Magic)
            {
                throw new InvalidDataException($"{name} is not a part file written by 'batch --shard'");
            }

            var version = _reader.ReadInt32();
            if (version != BatchPartFormat.Version)
            {
                throw new InvalidDataException($"{name} is a part file of format {version}; this version reads format {BatchPartFormat.Version}");
            }

            var fingerprint = _reader.ReadString();
            var shard = new ShardSpec(_reader.ReadInt32(), _reader.ReadInt32());
            var startCount = _reader.ReadInt32();
            var methods = Enumerable.Range(0, _reader.ReadInt32()).Select(_ => _reader.ReadString()).ToArray();
            return new BatchPartHeader(fingerprint, shard, startCount, methods, _reader.ReadString());
        });
    }

    /// <summary>The batch this part belongs to.</summary>
    public BatchPartHeader Header { get; }

    /// <summary>The next record, or null after the last one (once the end marker has been checked).</summary>
    public BatchPartRecord? Next() => Guard(() =>
    {
        if (_ended)
        {
            return null;
        }

        var marker = _reader.ReadByte();
        if (marker == BatchPartFormat.EndMarker)
        {
            if (_reader.ReadInt32() != _records)
            {
                throw new InvalidDataException($"{_name} is damaged: its record count does not match");
            }

            _ended = true;
            return null;
        }

        if (marker != BatchPartFormat.RecordMarker)
        {
            throw new InvalidDataException($"{_name} is damaged after {_records} record(s)");
        }

        _records++;
        var startIndex = _reader.ReadInt32();
        var startId = _reader.ReadString();
        var entries = new BatchPartEntry[Header.Methods.Count];
        for (var m = 0; m < entries.Length; m++)
        {
            var flags = _reader.ReadByte();
            var reason = (StopReason)_reader.ReadInt32();
            var steps = _reader.ReadInt32();
            var length = _reader.ReadDouble();
            var problem = (flags & BatchPartFormat.ProblemFlag) != 0 ? _reader.ReadString() : null;
            var size = _reader.ReadInt32();
            var bytes = _reader.ReadBytes(size);
            if (bytes.Length != size)
            {
                throw new EndOfStreamException();
            }

            entries[m] = new BatchPartEntry((flags & BatchPartFormat.DescendedFlag) != 0, reason, steps, length, problem, bytes);
        }

        return new BatchPartRecord(startIndex, startId, entries);
    });

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{_name} is truncated: it was not written to the end (was its shard interrupted?)");
        }
    }
}
