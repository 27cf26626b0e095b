namespace TerrainDescent.Core.Terrain.Tiles;

/// <summary>
/// Decoded tiles in memory, bounded in bytes and evicted least-recently-used. A reader pins the tiles it is using, so
/// a tile is never dropped under a step; while every resident tile is pinned the cache may exceed its budget by
/// those tiles until they are released. One cache can serve many surfaces. Thread-safe.
/// </summary>
public sealed class TileCache
{
    /// <summary>The default budget, <c>--cache-mb 1024</c>.</summary>
    public const int DefaultMegabytes = 1024;

    private readonly object _gate = new();
    private readonly LinkedList<TileSlot> _recency = new();

    // Arrays of evicted tiles, handed to the next decode of the same size instead of allocating anew: a batch that
    // walks through more tiles than fit would otherwise leave the heap full of dead 50 MB arrays between collections.
    private readonly List<float[]> _recycled = [];
    private const int MaxRecycled = 4;
    private long _residentBytes;
    private long _peakResidentBytes;
    private long _decodes;
    private long _evictions;

    /// <summary>Creates a cache of at most <paramref name="budgetBytes"/> bytes of samples.</summary>
    public TileCache(long budgetBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budgetBytes);
        BudgetBytes = budgetBytes;
    }

    /// <summary>Creates a cache of <paramref name="megabytes"/> MiB.</summary>
    public static TileCache OfMegabytes(int megabytes) => new(megabytes * 1024L * 1024L);

    /// <summary>The budget in bytes.</summary>
    public long BudgetBytes { get; }

    /// <summary>Bytes of samples resident now.</summary>
    public long ResidentBytes
    {
        get
        {
            lock (_gate)
            {
                return _residentBytes;
            }
        }
    }

    /// <summary>The most bytes ever resident at once.</summary>
    public long PeakResidentBytes
    {
        get
        {
            lock (_gate)
            {
                return _peakResidentBytes;
            }
        }
    }

    /// <summary>How many times a tile was decoded (a tile evicted and read again counts twice).</summary>
    public long Decodes => Interlocked.Read(ref _decodes);

    /// <summary>How many times a tile was evicted.</summary>
    public long Evictions => Interlocked.Read(ref _evictions);

    /// <summary>Pins <paramref name="slot"/>, decoding it first if needed, and returns its samples.</summary>
    internal float[] Acquire(TileSlot slot)
    {
        lock (_gate)
        {
            slot.Pins++;
            if (slot.Samples is { } resident)
            {
                _recency.Remove(slot.Recency!);
                _recency.AddFirst(slot.Recency!);
                return resident;
            }
        }

        lock (slot.DecodeGate)
        {
            float[]? samples;
            lock (_gate)
            {
                samples = slot.Samples;
            }

            if (samples is not null)
            {
                return samples;
            }

            try
            {
                samples = slot.Source.Read(slot.TileIndex, TakeRecycled(slot.Bytes / sizeof(float)));
            }
            catch
            {
                lock (_gate)
                {
                    slot.Pins--;
                }

                throw;
            }

            Interlocked.Increment(ref _decodes);
            lock (_gate)
            {
                slot.Samples = samples;
                slot.Recency = _recency.AddFirst(slot);
                _residentBytes += slot.Bytes;
                EvictOverBudget();
                _peakResidentBytes = Math.Max(_peakResidentBytes, _residentBytes);
            }

            return samples;
        }
    }

    /// <summary>Unpins <paramref name="slot"/>; it stays resident until evicted.</summary>
    internal void Release(TileSlot slot)
    {
        lock (_gate)
        {
            slot.Pins--;
            if (_residentBytes > BudgetBytes)
            {
                EvictOverBudget();
            }
        }
    }

    private float[]? TakeRecycled(long length)
    {
        lock (_gate)
        {
            var i = _recycled.FindIndex(a => a.LongLength == length);
            if (i < 0)
            {
                return null;
            }

            var array = _recycled[i];
            _recycled.RemoveAt(i);
            return array;
        }
    }

    private void EvictOverBudget()
    {
        var node = _recency.Last;
        while (_residentBytes > BudgetBytes && node is not null)
        {
            var previous = node.Previous;
            var slot = node.Value;
            if (slot.Pins == 0)
            {
                _recency.Remove(node);
                slot.Recency = null;
                if (_recycled.Count < MaxRecycled && slot.Samples is { } evicted && slot.Source is not TerrainSurface.GridTileSource)
                {
                    _recycled.Add(evicted);
                }

                slot.Samples = null;
                _residentBytes -= slot.Bytes;
                _evictions++;
            }

            node = previous;
        }
    }
}
