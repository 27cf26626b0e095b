using TerrainDescent.Core.Batch.Shards;
using static System.FormattableString;

namespace TerrainDescent.Cluster;

/// <summary>
/// Puts the records of a cluster batch's parts, which arrive job by job in any order, back into start order and hands
/// each to <c>write</c> as soon as it and every start before it are there, so a cluster batch streams its output as
/// <c>batch</c> does instead of holding every result. A record that must wait for earlier starts is kept in memory
/// while the waiting feature bytes stay within the budget, and beyond it in a temporary file (as a one-record part,
/// read back when its turn comes), so memory stays bounded however far from start order the jobs finish. Each start
/// must come exactly once; <see cref="InvalidDataException"/> says which did not. Not thread-safe.
/// </summary>
public sealed class ClusterResultOrder : IDisposable
{
    /// <summary>The default budget of waiting feature bytes kept in memory, 64 MiB.</summary>
    public const long DefaultMemoryBudgetBytes = 64L << 20;

    private readonly ClusterBatchSpec _spec;
    private readonly Action<BatchPartRecord> _write;
    private readonly long _memoryBudgetBytes;
    private readonly Dictionary<int, BatchPartRecord> _waiting = [];
    private readonly Dictionary<int, (long Offset, int Length)> _spilled = [];
    private FileStream? _spill;
    private long _waitingBytes;
    private int _next;

    /// <summary>Orders the records of <paramref name="spec"/>'s jobs into <paramref name="write"/>, keeping up to <paramref name="memoryBudgetBytes"/> of waiting feature bytes in memory.</summary>
    public ClusterResultOrder(ClusterBatchSpec spec, Action<BatchPartRecord> write, long memoryBudgetBytes = DefaultMemoryBudgetBytes)
    {
        _spec = spec;
        _write = write;
        _memoryBudgetBytes = memoryBudgetBytes;
    }

    /// <summary>Starts written so far: every start below this index, in order.</summary>
    public int Written => _next;

    /// <summary>The most starts that waited at once for an earlier one (in memory and on disk).</summary>
    public int PeakWaitingStarts { get; private set; }

    /// <summary>Starts that waited in the temporary file because the memory budget was full.</summary>
    public int SpilledStarts { get; private set; }

    /// <summary>Takes the part of job <paramref name="jobId"/> and writes every record now in turn.</summary>
    public void Add(int jobId, byte[] part)
    {
        var name = Invariant($"the part of job {jobId}");
        using var reader = new BatchPartReader(new MemoryStream(part, writable: false), name);
        var header = reader.Header;
        if (header.Fingerprint != _spec.Fingerprint || header.Shard.Index != jobId || header.Shard.Count != _spec.JobCount || header.StartCount != _spec.StartCount)
        {
            throw new InvalidDataException($"{name} belongs to another batch or job");
        }

        while (reader.Next() is { } record)
        {
            if (record.StartIndex < _next || record.StartIndex >= _spec.StartCount || _waiting.ContainsKey(record.StartIndex) || _spilled.ContainsKey(record.StartIndex))
            {
                throw new InvalidDataException(Invariant($"start {record.StartIndex} came twice or is beyond the batch's {_spec.StartCount} (again in {name})"));
            }

            if (record.StartIndex == _next)
            {
                Emit(record);
                Drain();
            }
            else
            {
                Wait(record, header);
            }
        }
    }

    /// <summary>Checks that every start was written.</summary>
    public void Finish()
    {
        if (_next != _spec.StartCount)
        {
            throw new InvalidDataException(Invariant($"start {_next} of the batch came in no job"));
        }
    }

    /// <inheritdoc />
    public void Dispose() => _spill?.Dispose();

    private void Emit(BatchPartRecord record)
    {
        _write(record);
        _next++;
    }

    /// <summary>Writes the waiting records that are now in turn.</summary>
    private void Drain()
    {
        while (true)
        {
            if (_waiting.Remove(_next, out var record))
            {
                _waitingBytes -= FeatureBytes(record);
            }
            else if (_spilled.Remove(_next, out var place))
            {
                record = ReadSpilled(place.Offset, place.Length);
            }
            else
            {
                return;
            }

            Emit(record);
        }
    }

    private void Wait(BatchPartRecord record, BatchPartHeader header)
    {
        var bytes = FeatureBytes(record);
        if (_waitingBytes + bytes <= _memoryBudgetBytes)
        {
            _waiting.Add(record.StartIndex, record);
            _waitingBytes += bytes;
        }
        else
        {
            _spilled.Add(record.StartIndex, Spill(record, header));
            SpilledStarts++;
        }

        PeakWaitingStarts = Math.Max(PeakWaitingStarts, _waiting.Count + _spilled.Count);
    }

    private (long Offset, int Length) Spill(BatchPartRecord record, BatchPartHeader header)
    {
        _spill ??= new FileStream(Path.Combine(Path.GetTempPath(), $"td-cluster-{Guid.NewGuid():N}.waiting"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        using var buffer = new MemoryStream();
        using (var one = new BatchPartWriter(buffer, header))
        {
            one.Write(record);
            one.Finish();
        }

        var offset = _spill.Seek(0, SeekOrigin.End);
        _spill.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        return (offset, (int)buffer.Length);
    }

    private BatchPartRecord ReadSpilled(long offset, int length)
    {
        var bytes = new byte[length];
        _spill!.Seek(offset, SeekOrigin.Begin);
        _spill.ReadExactly(bytes);
        using var reader = new BatchPartReader(new MemoryStream(bytes, writable: false), "the cluster batch's waiting file");
        return reader.Next()!;
    }

    private static long FeatureBytes(BatchPartRecord record) => record.Entries.Sum(e => (long)e.FeatureJson.Length);
}
