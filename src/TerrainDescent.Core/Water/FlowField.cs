using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Core.Water;

/// <summary>
/// The D8 flow directions of one connected group of tiles, tile by tile: the group is filled by
/// <see cref="TiledPriorityFlood"/> and routed by <see cref="FlowRouting"/>, so the directions are those of
/// <see cref="FlowDirections.Compute"/> on the group assembled into one grid, without ever holding it whole.
/// </summary>
/// <remarks>
/// <para>Flats that cross tiles are settled first: each tile is routed with the distances its neighbours last
/// reported for their perimeter samples, and a tile whose perimeter distances change sends its neighbours round
/// again, until nothing changes (distances only fall, so this ends; a flat crossing k tiles takes about k rounds).
/// Then a tile's directions are computed on first use and kept.</para>
/// <para>Thread-safe; one field per surface and group, shared through <see cref="For"/>.</para>
/// </remarks>
public sealed class FlowField
{
    private static readonly ConditionalWeakTable<TerrainSurface, ConcurrentDictionary<int, Lazy<FlowField>>> s_cache = new();

    private readonly TerrainSurface _surface;
    private readonly TiledPriorityFlood _flood;
    private readonly (int Column0, int Row0, int Column1, int Row1) _bounds;
    private readonly Func<int, (double East, double North)> _rowScales;
    private readonly Dictionary<(int Column, int Row), int> _perimeterDistances = [];
    private readonly ConcurrentDictionary<int, Lazy<D8Direction[]>> _tiles = new();

    // Filled tiles kept while flats settle, within an eighth of the cache budget, so later rounds skip the flood.
    private readonly Dictionary<int, float[]> _filled = [];
    private long _filledBytes;
    private bool _settling = true;

    private FlowField(TerrainSurface surface, int component, CancellationToken cancellationToken)
    {
        _surface = surface;
        Component = component;
        _bounds = surface.Index.BoundsOf(component);
        _rowScales = RowScales(surface.Lattice, _bounds.Column0, _bounds.Row0);
        _flood = TiledPriorityFlood.Solve(surface, component);
        SettleFlatsAcrossTiles(cancellationToken);
    }

    /// <summary>The group of tiles the field covers.</summary>
    public int Component { get; }

    /// <summary>
    /// The field of group <paramref name="component"/> of <paramref name="surface"/>, computed on first use and kept
    /// for as long as the surface lives; concurrent first callers wait for one computation.
    /// </summary>
    public static FlowField For(TerrainSurface surface, int component)
    {
        var fields = s_cache.GetValue(surface, _ => new ConcurrentDictionary<int, Lazy<FlowField>>());
        return fields.GetOrAdd(component, c => new Lazy<FlowField>(
            () => new FlowField(surface, c, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>The direction global sample (column, row) drains in; <see cref="D8Direction.None"/> off the group or at a void.</summary>
    public D8Direction DirectionAt(int column, int row)
    {
        var index = _surface.Index;
        var owner = index.OwnerOf(column, row);
        if (owner < 0 || index.ComponentOf(owner) != Component)
        {
            return D8Direction.None;
        }

        var tile = index.Tiles[owner];
        var directions = _tiles.GetOrAdd(owner, t => new Lazy<D8Direction[]>(() => Route(t), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        return directions[(row - tile.Row) * tile.Width + (column - tile.Column)];
    }

    /// <summary>
    /// The global sample (column, row) drains to; it may lie off the data (an outlet). False off the group or at a void.
    /// </summary>
    public bool TryDownstream(int column, int row, out int nextColumn, out int nextRow)
    {
        var direction = DirectionAt(column, row);
        if (direction == D8Direction.None)
        {
            (nextColumn, nextRow) = (column, row);
            return false;
        }

        (nextColumn, nextRow) = (column + D8Offsets.ColumnStep(direction), row + D8Offsets.RowStep(direction));
        return true;
    }

    /// <summary>
    /// Row scales exactly as <see cref="ElevationGrid"/> computes them for the group assembled over its bounding box
    /// (<see cref="ComponentGrid.TransformAt"/>), so slopes compare bit for bit as on the assembled grid.
    /// </summary>
    private static Func<int, (double East, double North)> RowScales(SampleLattice lattice, int column0, int row0)
    {
        var transform = ComponentGrid.TransformAt(lattice, column0, row0);
        if (lattice.Kind != CoordinateKind.Geographic)
        {
            return _ => (transform.PixelWidth, -transform.PixelHeight);
        }

        return row =>
        {
            var latitude = transform.Y(row - row0 + 0.5);
            return (transform.PixelWidth * EarthScale.MetresPerDegreeLongitude(latitude), -transform.PixelHeight * EarthScale.MetresPerDegreeLatitude(latitude));
        };
    }

    /// <summary>
    /// Routes every tile until no perimeter distance changes. A tile not sent round again after its last pass already
    /// has its final directions; they are kept while they fit in a sixteenth of the surface's cache budget.
    /// </summary>
    private void SettleFlatsAcrossTiles(CancellationToken cancellationToken)
    {
        var index = _surface.Index;

        // Tiles wait in order of the nearest distance that changed beside them, so flats settle outwards from their
        // drains, as in a breadth-first search, rather than being corrected back and forth.
        var pending = new PriorityQueue<int, int>();
        var queued = new HashSet<int>();
        foreach (var tile in index.TilesOf(Component))
        {
            pending.Enqueue(tile, 0);
            queued.Add(tile);
        }

        var routed = new Dictionary<int, D8Direction[]>();
        var routedBytes = 0L;
        while (pending.TryDequeue(out var tile, out _))
        {
            if (!queued.Remove(tile))
            {
                continue; // an older entry of a tile already routed since
            }

            cancellationToken.ThrowIfCancellationRequested();
            var window = WindowOf(tile);
            var windowDirections = new D8Direction[window.Levels.Length];
            FlowRouting.Assign(window, _bounds, _rowScales, windowDirections);
            if (routedBytes + index.Tiles[tile].SampleCount <= _surface.Cache.BudgetBytes / 16)
            {
                routed[tile] = FootprintDirections(tile, window, windowDirections);
                routedBytes += index.Tiles[tile].SampleCount;
            }

            foreach (var (column, row, neighbours) in PerimeterOf(window))
            {
                var distance = window.Distances[window.IndexOf(column, row)];
                if (distance == FlowWindow.Unknown || (_perimeterDistances.TryGetValue((column, row), out var known) && known == distance))
                {
                    continue;
                }

                _perimeterDistances[(column, row)] = distance;
                foreach (var neighbour in neighbours)
                {
                    if (routed.Remove(neighbour))
                    {
                        routedBytes -= index.Tiles[neighbour].SampleCount;
                    }

                    queued.Add(neighbour);
                    pending.Enqueue(neighbour, distance);
                }
            }
        }

        _settling = false;
        _filled.Clear();
        foreach (var (tile, directions) in routed)
        {
            _tiles[tile] = new Lazy<D8Direction[]>(directions);
        }
    }

    /// <summary>The inside samples of a window beside halo samples, with the tiles that own those halo samples.</summary>
    private IEnumerable<(int Column, int Row, List<int> Tiles)> PerimeterOf(FlowWindow window)
    {
        var index = _surface.Index;
        for (var j = 1; j < window.Height - 1; j++)
        {
            for (var i = 1; i < window.Width - 1; i++)
            {
                if (window.Roles[j * window.Width + i] != FlowWindow.Inside)
                {
                    continue;
                }

                List<int>? tiles = null;
                for (var dj = -1; dj <= 1; dj++)
                {
                    for (var di = -1; di <= 1; di++)
                    {
                        if (window.Roles[(j + dj) * window.Width + i + di] == FlowWindow.Halo)
                        {
                            var owner = index.OwnerOf(window.Column0 + i + di, window.Row0 + j + dj);
                            tiles ??= [];
                            if (!tiles.Contains(owner))
                            {
                                tiles.Add(owner);
                            }
                        }
                    }
                }

                if (tiles is not null)
                {
                    yield return (window.Column0 + i, window.Row0 + j, tiles);
                }
            }
        }
    }

    /// <summary>Tile <paramref name="tileIndex"/>'s filled levels with a ring of its neighbours' perimeter levels and distances.</summary>
    private FlowWindow WindowOf(int tileIndex)
    {
        var index = _surface.Index;
        var tile = index.Tiles[tileIndex];
        var filled = FilledTile(tileIndex);
        var window = new FlowWindow(tile.Column - 1, tile.Row - 1, tile.Width + 2, tile.Height + 2);
        for (var j = 0; j < window.Height; j++)
        {
            var ringRow = j <= 1 || j >= window.Height - 2;
            for (var i = 0; i < window.Width; i++)
            {
                var (column, row) = (window.Column0 + i, window.Row0 + j);
                var cell = j * window.Width + i;
                var inFootprint = i >= 1 && j >= 1 && i <= tile.Width && j <= tile.Height;
                var level = inFootprint ? filled[(row - tile.Row) * tile.Width + (column - tile.Column)] : float.NaN;
                if (!float.IsNaN(level))
                {
                    window.Levels[cell] = level;
                    window.Roles[cell] = FlowWindow.Inside;
                    continue;
                }

                // Only the ring and the footprint's own edge can hold other tiles' samples.
                var ring = ringRow || i <= 1 || i >= window.Width - 2;
                if (ring && index.OwnerOf(column, row) is var owner && owner >= 0 && owner != tileIndex
                    && _flood.TryGetPerimeterLevel(column, row, out level))
                {
                    window.Levels[cell] = level;
                    window.Roles[cell] = FlowWindow.Halo;
                    window.Distances[cell] = _perimeterDistances.TryGetValue((column, row), out var distance) ? distance : FlowWindow.Unknown;
                }
            }
        }

        return window;
    }

    /// <summary>A tile's filled levels: kept while flats settle (one thread), flooded afresh once routing is shared.</summary>
    private float[] FilledTile(int tileIndex)
    {
        if (!_settling)
        {
            return _flood.FilledTile(tileIndex);
        }

        if (_filled.TryGetValue(tileIndex, out var kept))
        {
            return kept;
        }

        var filled = _flood.FilledTile(tileIndex);
        var bytes = sizeof(float) * (long)filled.Length;
        if (_filledBytes + bytes <= _surface.Cache.BudgetBytes / 8)
        {
            _filled[tileIndex] = filled;
            _filledBytes += bytes;
        }

        return filled;
    }

    /// <summary>The final directions of one tile over its footprint; <see cref="D8Direction.None"/> where it holds no data.</summary>
    private D8Direction[] Route(int tileIndex)
    {
        var window = WindowOf(tileIndex);
        var windowDirections = new D8Direction[window.Levels.Length];
        FlowRouting.Assign(window, _bounds, _rowScales, windowDirections);
        return FootprintDirections(tileIndex, window, windowDirections);
    }

    private D8Direction[] FootprintDirections(int tileIndex, FlowWindow window, D8Direction[] windowDirections)
    {
        var tile = _surface.Index.Tiles[tileIndex];
        var directions = new D8Direction[tile.Width * tile.Height];
        for (var row = 0; row < tile.Height; row++)
        {
            for (var column = 0; column < tile.Width; column++)
            {
                var cell = window.IndexOf(tile.Column + column, tile.Row + row);
                directions[row * tile.Width + column] = window.Roles[cell] == FlowWindow.Inside ? windowDirections[cell] : D8Direction.None;
            }
        }

        return directions;
    }
}
