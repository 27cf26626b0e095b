using TerrainDescent.Core.Batch.Shards;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Core.Peaks.Tiled;

/// <summary>
/// Prominence over a group of connected tiles without holding it in one grid: a divide tree per tile
/// (<see cref="TileDivideTree"/>), merged hierarchically, pairs of neighbouring areas at a time, by gluing their
/// trees along touching perimeter samples and sweeping the result again (<see cref="DivideGraph"/>). The summits and
/// cols are those of <see cref="ProminenceSweep"/> on the assembled group, sample for sample: every sweep visits
/// samples in the same order and joins the same regions.
/// </summary>
/// <remarks>
/// <para>Tiles are taken in Hilbert order, and merged like the digits of a binary counter: a new tree merges with the
/// last one while both cover the same number of tiles, so areas stay compact and at most log₂(tiles) trees wait.</para>
/// <para>Memory: one tile's sweep arrays at a time (about 25 bytes a sample), plus the waiting trees. A tree keeps the
/// samples on its area's outer perimeter, the summits and cols still open to it, and each open region's lowest
/// sample; everything inside that is settled is gone, so a tree grows with its area's perimeter, not its area.</para>
/// </remarks>
internal static class TiledProminence
{
    /// <summary>The settled summits of group <paramref name="component"/> that pass the thresholds, in global samples.</summary>
    public static List<SettledPeak> Run(TerrainSurface surface, int component, double minProminenceMetres, double minElevationMetres, CancellationToken cancellationToken)
    {
        var index = surface.Index;
        var settled = new SettledPeaks(minProminenceMetres, minElevationMetres);
        var waiting = new Stack<Area>();
        using (var reader = surface.OpenReader())
        {
            foreach (var tile in HilbertOrder(index, component))
            {
                var area = new Area([tile], TileDivideTree.Build(surface, reader, tile, settled, cancellationToken));
                while (waiting.Count > 0 && waiting.Peek().Tiles.Count == area.Tiles.Count)
                {
                    area = Merge(index, waiting.Pop(), area, settled, cancellationToken);
                }

                waiting.Push(area);
            }
        }

        var whole = waiting.Pop();
        while (waiting.Count > 0)
        {
            whole = Merge(index, waiting.Pop(), whole, settled, cancellationToken);
        }

        if (whole.Nodes.Count > 0)
        {
            throw new InvalidOperationException($"{whole.Nodes.Count} divide-tree samples were left open after the whole group was merged");
        }

        return settled.Peaks;
    }

    /// <summary>The group's tiles ordered on a Hilbert curve over its bounding box, by the middle of each tile.</summary>
    private static List<int> HilbertOrder(TileIndex index, int component)
    {
        var (column0, row0, column1, row1) = index.BoundsOf(component);
        var side = Math.Max(column1 - column0, row1 - row0) + 1;
        var order = Math.Max(1, (int)Math.Ceiling(Math.Log2(side)));
        return index.TilesOf(component)
            .OrderBy(t =>
            {
                var tile = index.Tiles[t];
                return HilbertCurve.Distance((uint)(tile.Column + tile.Width / 2 - column0), (uint)(tile.Row + tile.Height / 2 - row0), order);
            })
            .ThenBy(t => t)
            .ToList();
    }

    /// <summary>The tree of the union of two areas: glued along touching samples, flags redrawn, swept.</summary>
    private static Area Merge(TileIndex index, Area a, Area b, SettledPeaks settled, CancellationToken cancellationToken)
    {
        var tiles = new HashSet<int>(a.Tiles);
        tiles.UnionWith(b.Tiles);
        var nodes = new List<DivideNode>(a.Nodes.Count + b.Nodes.Count);
        nodes.AddRange(a.Nodes);
        var offset = a.Nodes.Count;
        foreach (var node in b.Nodes)
        {
            nodes.Add(node with { Parent = node.Parent < 0 ? -1 : node.Parent + offset });
        }

        // Only perimeter samples touch other tiles, so links join perimeter samples of a to those of b.
        var perimeterOfA = new Dictionary<(int Column, int Row), int>();
        for (var i = 0; i < offset; i++)
        {
            if (nodes[i].Boundary)
            {
                perimeterOfA[(nodes[i].Column, nodes[i].Row)] = i;
            }
        }

        var links = new List<(int A, int B)>();
        for (var i = offset; i < nodes.Count; i++)
        {
            if (!nodes[i].Boundary)
            {
                continue;
            }

            for (var dr = -1; dr <= 1; dr++)
            {
                for (var dc = -1; dc <= 1; dc++)
                {
                    if (perimeterOfA.TryGetValue((nodes[i].Column + dc, nodes[i].Row + dr), out var j))
                    {
                        links.Add((j, i));
                    }
                }
            }
        }

        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(nodes);
        for (var i = 0; i < span.Length; i++)
        {
            span[i].Boundary = span[i].Boundary && TouchesTileOutside(index, tiles, span[i].Column, span[i].Row);
        }

        return new Area([.. tiles], DivideGraph.Reduce(nodes, links, settled, cancellationToken));
    }

    private static bool TouchesTileOutside(TileIndex index, HashSet<int> tiles, int column, int row)
    {
        for (var dr = -1; dr <= 1; dr++)
        {
            for (var dc = -1; dc <= 1; dc++)
            {
                var owner = index.OwnerOf(column + dc, row + dr);
                if (owner >= 0 && !tiles.Contains(owner))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Some tiles of the group and the divide tree of what they hold.</summary>
    private sealed record Area(IReadOnlyList<int> Tiles, List<DivideNode> Nodes);
}
