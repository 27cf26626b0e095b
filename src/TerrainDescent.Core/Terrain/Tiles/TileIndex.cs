using System.Globalization;

namespace TerrainDescent.Core.Terrain.Tiles;

/// <summary>
/// The tiles of one lattice, from metadata only: which tile owns each global sample, each tile's interior (the
/// samples no other tile shares) and which tiles are connected. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Neighbouring SRTM tiles repeat their common edge row or column; such a shared sample is owned by exactly one
/// tile, the southern one, then the eastern one (the larger first row, then the larger first column). Tiles may
/// share at most that one edge row or column; a deeper overlap is refused, naming both tiles.
/// Lookups go through a hash of blocks the size of the smallest tile, so they cost the same for one tile or 10,000.
/// </remarks>
public sealed class TileIndex
{
    private readonly Dictionary<(int, int), int[]> _blocks = [];
    private readonly int _blockWidth;
    private readonly int _blockHeight;
    private readonly int[] _component;

    /// <summary>Indexes <paramref name="tiles"/>; throws <see cref="ArgumentException"/> naming two tiles that overlap too far.</summary>
    public TileIndex(SampleLattice lattice, IReadOnlyList<TileFootprint> tiles)
    {
        if (tiles.Count == 0)
        {
            throw new ArgumentException("a tile index needs at least one tile", nameof(tiles));
        }

        Lattice = lattice;
        Tiles = tiles;
        _blockWidth = Math.Max(2, tiles.Min(t => t.Width));
        _blockHeight = Math.Max(2, tiles.Min(t => t.Height));
        var blocks = new Dictionary<(int, int), List<int>>();
        for (var t = 0; t < tiles.Count; t++)
        {
            foreach (var key in BlocksOf(tiles[t]))
            {
                if (!blocks.TryGetValue(key, out var list))
                {
                    list = [];
                    blocks[key] = list;
                }

                list.Add(t);
            }
        }

        foreach (var (key, list) in blocks)
        {
            // Highest priority first, so the first tile that contains a sample owns it.
            _blocks[key] = list.OrderByDescending(t => tiles[t].Row).ThenByDescending(t => tiles[t].Column).ThenBy(t => t).ToArray();
        }

        Interiors = tiles.Select((t, i) => Interior(i)).ToArray();
        _component = Components();
        ComponentCount = _component.Length == 0 ? 0 : _component.Max() + 1;
    }

    /// <summary>The global grid the tiles lie on.</summary>
    public SampleLattice Lattice { get; }

    /// <summary>The tiles, in the order given.</summary>
    public IReadOnlyList<TileFootprint> Tiles { get; }

    /// <summary>
    /// Per tile, the global sample rectangle (first column, first row, last column, last row) that no other tile
    /// shares: a read there needs no ownership lookup.
    /// </summary>
    public IReadOnlyList<(int Column0, int Row0, int Column1, int Row1)> Interiors { get; }

    /// <summary>Number of groups of connected (touching) tiles.</summary>
    public int ComponentCount { get; }

    /// <summary>Samples in all the tiles together.</summary>
    public long SampleCount => Tiles.Sum(t => t.SampleCount);

    /// <summary>The index of the tile that owns global sample (column, row), or −1 where no tile has it.</summary>
    public int OwnerOf(int column, int row)
    {
        if (!_blocks.TryGetValue((FloorDiv(column, _blockWidth), FloorDiv(row, _blockHeight)), out var candidates))
        {
            return -1;
        }

        foreach (var t in candidates)
        {
            if (Tiles[t].Contains(column, row))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The group of connected tiles tile <paramref name="tileIndex"/> belongs to, 0 ≤ result &lt; <see cref="ComponentCount"/>.</summary>
    public int ComponentOf(int tileIndex) => _component[tileIndex];

    /// <summary>The name of group <paramref name="component"/> for messages: its first tile's, and how many more it holds.</summary>
    public string NameOf(int component)
    {
        var members = TilesOf(component);
        var first = Tiles[members[0]].Name;
        return members.Count == 1 ? first : string.Create(CultureInfo.InvariantCulture, $"{first} + {members.Count - 1} more");
    }

    /// <summary>The global bounds of group <paramref name="component"/>'s samples, inclusive: western column, northern row, eastern column, southern row.</summary>
    public (int Column0, int Row0, int Column1, int Row1) BoundsOf(int component)
    {
        var tiles = TilesOf(component).Select(t => Tiles[t]).ToArray();
        return (tiles.Min(t => t.Column), tiles.Min(t => t.Row), tiles.Max(t => t.LastColumn), tiles.Max(t => t.LastRow));
    }

    /// <summary>The tiles of group <paramref name="component"/>, in index order.</summary>
    public IReadOnlyList<int> TilesOf(int component) => Enumerable.Range(0, Tiles.Count).Where(t => _component[t] == component).ToArray();

    /// <summary>The tiles whose samples intersect the global rectangle, in index order.</summary>
    public IReadOnlyList<int> TilesIn(int column0, int row0, int column1, int row1)
    {
        var found = new SortedSet<int>();
        var blockColumns = (long)FloorDiv(column1, _blockWidth) - FloorDiv(column0, _blockWidth) + 1;
        var blockRows = (long)FloorDiv(row1, _blockHeight) - FloorDiv(row0, _blockHeight) + 1;
        if (blockColumns * blockRows > 4L * _blocks.Count)
        {
            for (var t = 0; t < Tiles.Count; t++)
            {
                if (Intersects(Tiles[t], column0, row0, column1, row1))
                {
                    found.Add(t);
                }
            }

            return found.ToArray();
        }

        for (var by = FloorDiv(row0, _blockHeight); by <= FloorDiv(row1, _blockHeight); by++)
        {
            for (var bx = FloorDiv(column0, _blockWidth); bx <= FloorDiv(column1, _blockWidth); bx++)
            {
                if (_blocks.TryGetValue((bx, by), out var candidates))
                {
                    foreach (var t in candidates.Where(t => Intersects(Tiles[t], column0, row0, column1, row1)))
                    {
                        found.Add(t);
                    }
                }
            }
        }

        return found.ToArray();
    }

    private static bool Intersects(TileFootprint t, int column0, int row0, int column1, int row1) =>
        t.Column <= column1 && t.LastColumn >= column0 && t.Row <= row1 && t.LastRow >= row0;

    private IEnumerable<(int, int)> BlocksOf(TileFootprint tile)
    {
        for (var by = FloorDiv(tile.Row, _blockHeight); by <= FloorDiv(tile.LastRow, _blockHeight); by++)
        {
            for (var bx = FloorDiv(tile.Column, _blockWidth); bx <= FloorDiv(tile.LastColumn, _blockWidth); bx++)
            {
                yield return (bx, by);
            }
        }
    }

    private (int, int, int, int) Interior(int index)
    {
        var tile = Tiles[index];
        var (column0, row0, column1, row1) = (tile.Column, tile.Row, tile.LastColumn, tile.LastRow);
        foreach (var other in TilesIn(tile.Column - 1, tile.Row - 1, tile.LastColumn + 1, tile.LastRow + 1).Where(o => o != index))
        {
            var o = Tiles[other];
            var sharedColumns = Math.Min(tile.LastColumn, o.LastColumn) - Math.Max(tile.Column, o.Column) + 1;
            var sharedRows = Math.Min(tile.LastRow, o.LastRow) - Math.Max(tile.Row, o.Row) + 1;
            if (sharedColumns <= 0 || sharedRows <= 0)
            {
                continue;
            }

            if (sharedColumns > 1 && sharedRows > 1)
            {
                throw new ArgumentException(
                    $"tiles {tile.Name} and {o.Name} overlap by more than a shared edge ({sharedColumns} × {sharedRows} samples); give only one of them");
            }

            // Keep the interior clear of every sample another tile also holds, on the side where it lies.
            if (sharedColumns == 1 && o.Column == tile.LastColumn)
            {
                column1 = Math.Min(column1, tile.LastColumn - 1);
            }
            else if (sharedColumns == 1 && o.LastColumn == tile.Column)
            {
                column0 = Math.Max(column0, tile.Column + 1);
            }

            if (sharedRows == 1 && o.Row == tile.LastRow)
            {
                row1 = Math.Min(row1, tile.LastRow - 1);
            }
            else if (sharedRows == 1 && o.LastRow == tile.Row)
            {
                row0 = Math.Max(row0, tile.Row + 1);
            }
        }

        return (column0, row0, column1, row1);
    }

    private int[] Components()
    {
        var parent = Enumerable.Range(0, Tiles.Count).ToArray();
        for (var t = 0; t < Tiles.Count; t++)
        {
            var tile = Tiles[t];
            foreach (var other in TilesIn(tile.Column - 1, tile.Row - 1, tile.LastColumn + 1, tile.LastRow + 1))
            {
                var (a, b) = (Find(parent, t), Find(parent, other));
                if (a != b)
                {
                    parent[Math.Max(a, b)] = Math.Min(a, b);
                }
            }
        }

        var numbers = new Dictionary<int, int>();
        var component = new int[Tiles.Count];
        for (var t = 0; t < Tiles.Count; t++)
        {
            var root = Find(parent, t);
            if (!numbers.TryGetValue(root, out var number))
            {
                number = numbers.Count;
                numbers[root] = number;
            }

            component[t] = number;
        }

        return component;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static int FloorDiv(int value, int divisor) => (int)Math.Floor((double)value / divisor);
}
