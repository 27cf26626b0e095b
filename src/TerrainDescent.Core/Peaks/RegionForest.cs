namespace TerrainDescent.Core.Peaks;

/// <summary>
/// Union–find over the regions grown during the prominence sweep, with path halving and union by size
/// (amortised inverse-Ackermann per operation). Each root remembers its highest cell and its latest (lowest) cell
/// as ranks in the descending elevation order, so "higher peak" is simply "smaller rank".
/// </summary>
/// <remarks>
/// Regions are created only at local maxima, far fewer than cells, so the arrays grow by doubling and stay small;
/// no allocation happens per cell.
/// </remarks>
internal sealed class RegionForest
{
    private int[] _parent;
    private int[] _size;
    private int[] _peakRank;
    private int[] _lowestRank;

    /// <summary>Creates an empty forest with room for <paramref name="capacity"/> regions before it grows.</summary>
    public RegionForest(int capacity = 1024)
    {
        _parent = new int[capacity];
        _size = new int[capacity];
        _peakRank = new int[capacity];
        _lowestRank = new int[capacity];
    }

    /// <summary>Number of regions ever created.</summary>
    public int Count { get; private set; }

    /// <summary>A new region holding only the cell at <paramref name="rank"/>, which is its peak.</summary>
    public int Create(int rank)
    {
        if (Count == _parent.Length)
        {
            var capacity = _parent.Length * 2;
            Array.Resize(ref _parent, capacity);
            Array.Resize(ref _size, capacity);
            Array.Resize(ref _peakRank, capacity);
            Array.Resize(ref _lowestRank, capacity);
        }

        var region = Count++;
        _parent[region] = region;
        _size[region] = 1;
        _peakRank[region] = rank;
        _lowestRank[region] = rank;
        return region;
    }

    /// <summary>The root of <paramref name="region"/>, halving the path on the way (each node skips to its grandparent).</summary>
    public int Find(int region)
    {
        var parent = _parent;
        while (parent[region] != region)
        {
            var grandparent = parent[parent[region]];
            parent[region] = grandparent;
            region = grandparent;
        }

        return region;
    }

    /// <summary>Whether <paramref name="region"/> is a root.</summary>
    public bool IsRoot(int region) => _parent[region] == region;

    /// <summary>Rank of the highest cell of root <paramref name="root"/>.</summary>
    public int PeakRank(int root) => _peakRank[root];

    /// <summary>Rank of the lowest cell added to root <paramref name="root"/>.</summary>
    public int LowestRank(int root) => _lowestRank[root];

    /// <summary>Records that the cell at <paramref name="rank"/> (lower than every cell before it) joined <paramref name="root"/>.</summary>
    public void Extend(int root, int rank)
    {
        _size[root]++;
        _lowestRank[root] = rank;
    }

    /// <summary>
    /// Joins two distinct roots and returns the new root, which keeps the higher of the two peaks and the
    /// lower of the two lowest cells whichever root survives.
    /// </summary>
    public int Union(int a, int b)
    {
        if (_size[a] < _size[b])
        {
            (a, b) = (b, a);
        }

        _parent[b] = a;
        _size[a] += _size[b];
        _peakRank[a] = Math.Min(_peakRank[a], _peakRank[b]);
        _lowestRank[a] = Math.Max(_lowestRank[a], _lowestRank[b]);
        return a;
    }
}
