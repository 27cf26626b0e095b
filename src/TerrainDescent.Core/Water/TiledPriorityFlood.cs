using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Core.Water;

/// <summary>
/// Depression filling of a group of connected tiles one tile at a time, equal to <see cref="PriorityFlood"/> on the
/// group assembled into one grid, after Barnes (2016), "Parallel Priority-Flood depression filling for trillion cell
/// digital elevation models": a local flood per tile, a small spill graph solved centrally, a final per-tile pass.
/// </summary>
/// <remarks>
/// <para>The filled level of a cell is F(x) = the least t such that x reaches an outlet through cells no higher than t
/// (an outlet is a data cell beside a void or off the data). Each tile is flooded from its outlets (label 0, the
/// ocean) and from its perimeter cells, the cells beside another tile's samples, each perimeter cell with a label of
/// its own; the flood gives every cell a local level f(x) and the label of the seed that reached it. Two touching
/// cells with different labels give a spill edge of weight max(f(u), f(v)); two touching perimeter cells of different
/// tiles give one of weight max(z(u), z(v)). With G(L), the least over graph paths from the ocean to label L of the
/// largest edge weight, F(x) = max(f(x), G(label(x))): a path in {z ≤ t} from x to an outlet crosses labels only
/// where an edge of weight ≤ t joins them, and conversely such edges chain flood paths into one.</para>
/// <para>Only max and min are taken, no arithmetic, so the levels are the whole-grid fill's bit for bit, flats
/// included. Memory: one tile's working arrays at a time plus a few numbers per perimeter cell.</para>
/// </remarks>
public sealed class TiledPriorityFlood
{
    private const int Ocean = 0;

    private readonly TerrainSurface _surface;
    private readonly int _component;
    private readonly int[] _labelOffset;
    private readonly float[] _spillLevel;
    private readonly Dictionary<(int Column, int Row), float> _perimeterLevels;

    // Local floods kept from Solve for the first FilledTile of their tile, while they fit in an eighth of the cache budget.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, LocalFlood> _kept;

    private TiledPriorityFlood(
        TerrainSurface surface, int component, int[] labelOffset, float[] spillLevel, Dictionary<(int Column, int Row), float> perimeterLevels,
        Dictionary<int, LocalFlood> kept)
    {
        _kept = new(kept);
        _surface = surface;
        _component = component;
        _labelOffset = labelOffset;
        _spillLevel = spillLevel;
        _perimeterLevels = perimeterLevels;
    }

    /// <summary>Floods every tile of group <paramref name="component"/> locally and solves the spill graph.</summary>
    public static TiledPriorityFlood Solve(TerrainSurface surface, int component)
    {
        var index = surface.Index;
        var tiles = index.TilesOf(component);
        var labelOffset = new int[index.Tiles.Count];
        var perimeter = new Dictionary<(int Column, int Row), (int Label, float Z)>();
        var edges = new Dictionary<(int, int), float>();
        var nextLabel = 1;
        var kept = new Dictionary<int, LocalFlood>();
        var keptBytes = 0L;
        using var reader = surface.OpenReader();
        foreach (var tile in tiles)
        {
            labelOffset[tile] = nextLabel - 1;
            var local = LocalFlood.Run(surface, reader, component, tile);
            var localBytes = (sizeof(float) + sizeof(int)) * (long)local.Labels.Length;
            if (keptBytes + localBytes <= surface.Cache.BudgetBytes / 8)
            {
                kept[tile] = local;
                keptBytes += localBytes;
            }

            nextLabel += local.PerimeterCount;
            var footprint = index.Tiles[tile];
            foreach (var (a, b, weight) in local.Edges)
            {
                AddEdge(edges, Global(labelOffset[tile], a), Global(labelOffset[tile], b), weight);
            }

            for (var cell = 0; cell < local.Labels.Length; cell++)
            {
                if (local.IsPerimeter[cell])
                {
                    var (column, row) = (footprint.Column + cell % footprint.Width, footprint.Row + cell / footprint.Width);
                    // A perimeter sample seeds its own flood, so its local level is still its elevation.
                    perimeter[(column, row)] = (Global(labelOffset[tile], local.Labels[cell]), local.Levels[cell]);
                }
            }
        }

        // Touching perimeter cells of different tiles: each pair is seen from both sides, which the minimum absorbs.
        foreach (var ((column, row), (label, z)) in perimeter)
        {
            var owner = index.OwnerOf(column, row);
            for (var dr = -1; dr <= 1; dr++)
            {
                for (var dc = -1; dc <= 1; dc++)
                {
                    var (c, r) = (column + dc, row + dr);
                    if ((dr != 0 || dc != 0) && index.OwnerOf(c, r) is var otherOwner && otherOwner >= 0 && otherOwner != owner
                        && perimeter.TryGetValue((c, r), out var other))
                    {
                        AddEdge(edges, label, other.Label, Math.Max(z, other.Z));
                    }
                }
            }
        }

        // With local level z at a perimeter sample, F = max(z, G(label)).
        var spillLevel = SolveGraph(nextLabel, edges);
        var perimeterLevels = new Dictionary<(int Column, int Row), float>(perimeter.Count);
        foreach (var ((column, row), (label, z)) in perimeter)
        {
            perimeterLevels[(column, row)] = Math.Max(z, spillLevel[label]);
        }

        return new TiledPriorityFlood(surface, component, labelOffset, spillLevel, perimeterLevels, kept);
    }

    /// <summary>
    /// The filled level of a perimeter sample (a data sample beside another tile's data), without flooding its tile;
    /// false for any other sample.
    /// </summary>
    public bool TryGetPerimeterLevel(int column, int row, out float levelMetres) => _perimeterLevels.TryGetValue((column, row), out levelMetres);

    /// <summary>
    /// The filled elevations of tile <paramref name="tileIndex"/> over its footprint, row-major: the same values as
    /// the whole-grid fill; NaN at voids and at samples another tile owns.
    /// </summary>
    public float[] FilledTile(int tileIndex)
    {
        using var reader = _surface.OpenReader();
        var local = _kept.TryRemove(tileIndex, out var kept) ? kept : LocalFlood.Run(_surface, reader, _component, tileIndex);
        var filled = local.Levels;
        for (var cell = 0; cell < filled.Length; cell++)
        {
            if (!float.IsNaN(filled[cell]))
            {
                filled[cell] = Math.Max(filled[cell], _spillLevel[Global(_labelOffset[tileIndex], local.Labels[cell])]);
            }
        }

        return filled;
    }

    private static int Global(int offset, int localLabel) => localLabel == Ocean ? Ocean : offset + localLabel;

    private static void AddEdge(Dictionary<(int, int), float> edges, int a, int b, float weight)
    {
        if (a == b)
        {
            return;
        }

        var key = a < b ? (a, b) : (b, a);
        edges[key] = edges.TryGetValue(key, out var known) ? Math.Min(known, weight) : weight;
    }

    /// <summary>G(L) for every label: a Dijkstra search from the ocean where a path costs its largest edge weight.</summary>
    private static float[] SolveGraph(int labelCount, Dictionary<(int, int), float> edges)
    {
        var neighbours = new List<(int Label, float Weight)>[labelCount];
        foreach (var ((a, b), weight) in edges)
        {
            (neighbours[a] ??= []).Add((b, weight));
            (neighbours[b] ??= []).Add((a, weight));
        }

        var level = new float[labelCount];
        Array.Fill(level, float.PositiveInfinity);
        level[Ocean] = float.NegativeInfinity;
        var done = new bool[labelCount];
        var queue = new PriorityQueue<int, float>();
        queue.Enqueue(Ocean, float.NegativeInfinity);
        while (queue.TryDequeue(out var label, out _))
        {
            if (done[label])
            {
                continue;
            }

            done[label] = true;
            foreach (var (next, weight) in neighbours[label] ?? [])
            {
                var through = Math.Max(level[label], weight);
                if (through < level[next])
                {
                    level[next] = through;
                    queue.Enqueue(next, through);
                }
            }
        }

        return level;
    }

    /// <summary>One tile's local flood from its outlets and perimeter cells.</summary>
    private sealed class LocalFlood
    {
        public required float[] Levels { get; init; }

        public required int[] Labels { get; init; }

        public required bool[] IsPerimeter { get; init; }

        public required int PerimeterCount { get; init; }

        public required List<(int A, int B, float Weight)> Edges { get; init; }

        public static LocalFlood Run(TerrainSurface surface, SurfaceReader reader, int component, int tileIndex)
        {
            var index = surface.Index;
            var tile = index.Tiles[tileIndex];
            var (width, height) = (tile.Width, tile.Height);
            var labels = new int[width * height];
            var perimeter = new bool[labels.Length];
            var visited = new bool[labels.Length];
            var heap = new CellMinHeap(2 * (width + height));
            var perimeterCount = 0;

            bool OnData(int column, int row) =>
                index.OwnerOf(column, row) is var owner && owner >= 0 && index.ComponentOf(owner) == component
                && !float.IsNaN(reader.Sample(column, row));

            var levels = reader.OwnedSamples(tileIndex);
            for (var cell = 0; cell < levels.Length; cell++)
            {
                if (float.IsNaN(levels[cell]))
                {
                    continue;
                }

                var (row, column) = (cell / width, cell % width);
                bool outlet = false, border = false;
                if (row >= 2 && column >= 2 && row < height - 2 && column < width - 2)
                {
                    // Two samples in from the footprint's edge every neighbour is this tile's own (tiles share edges only).
                    for (var r = row - 1; r <= row + 1 && !outlet; r++)
                    {
                        for (var c = column - 1; c <= column + 1; c++)
                        {
                            outlet |= float.IsNaN(levels[r * width + c]);
                        }
                    }
                }
                else
                {
                    for (var dr = -1; dr <= 1; dr++)
                    {
                        for (var dc = -1; dc <= 1; dc++)
                        {
                            if (dr == 0 && dc == 0)
                            {
                                continue;
                            }

                            var (c, r) = (tile.Column + column + dc, tile.Row + row + dr);
                            if (!OnData(c, r))
                            {
                                outlet = true;
                            }
                            else if (index.OwnerOf(c, r) != tileIndex)
                            {
                                border = true;
                            }
                        }
                    }
                }

                perimeter[cell] = border;
                if (outlet || border)
                {
                    labels[cell] = outlet ? Ocean : ++perimeterCount;
                    visited[cell] = true;
                    heap.Push(levels[cell], cell);
                }
            }

            var edges = new Dictionary<(int, int), float>();
            while (heap.Count > 0)
            {
                var cell = heap.Pop();
                var (row, column) = (cell / width, cell % width);
                for (var r = Math.Max(0, row - 1); r <= Math.Min(height - 1, row + 1); r++)
                {
                    for (var c = Math.Max(0, column - 1); c <= Math.Min(width - 1, column + 1); c++)
                    {
                        var neighbour = r * width + c;
                        if (neighbour == cell || float.IsNaN(levels[neighbour]))
                        {
                            continue;
                        }

                        if (!visited[neighbour])
                        {
                            visited[neighbour] = true;
                            labels[neighbour] = labels[cell];
                            levels[neighbour] = Math.Max(levels[neighbour], levels[cell]);
                            heap.Push(levels[neighbour], neighbour);
                        }
                        else if (labels[neighbour] != labels[cell])
                        {
                            AddEdge(edges, labels[cell], labels[neighbour], Math.Max(levels[cell], levels[neighbour]));
                        }
                    }
                }
            }

            return new LocalFlood
            {
                Levels = levels,
                Labels = labels,
                IsPerimeter = perimeter,
                PerimeterCount = perimeterCount,
                Edges = edges.Select(e => (e.Key.Item1, e.Key.Item2, e.Value)).ToList(),
            };
        }
    }
}
