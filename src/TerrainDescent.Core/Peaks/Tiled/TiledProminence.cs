using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Core.Peaks.Tiled;

/// <summary>
/// Prominence over a group of connected tiles without holding it in one grid: a divide tree per tile
/// (<see cref="TileDivideTree"/>), then the trees glued along their touching perimeter samples and swept once more
/// (<see cref="DivideGraph"/>). The summits and cols are those of <see cref="ProminenceSweep"/> on the assembled
/// group, sample for sample: both sweeps visit samples in the same order and join the same regions.
/// </summary>
/// <remarks>
/// Memory: one tile's sweep arrays at a time (about 25 bytes a sample), plus the kept samples of all trees, which
/// after settling are mostly perimeter samples (4 × 3,601 per SRTM1 tile) and summits still open at a tile edge.
/// </remarks>
internal static class TiledProminence
{
    /// <summary>The settled summits of group <paramref name="component"/> that pass the thresholds, in global samples.</summary>
    public static List<SettledPeak> Run(TerrainSurface surface, int component, double minProminenceMetres, double minElevationMetres, CancellationToken cancellationToken)
    {
        var index = surface.Index;
        var settled = new SettledPeaks(minProminenceMetres, minElevationMetres);
        var nodes = new List<DivideNode>();
        var tileOfNode = new List<int>();
        using (var reader = surface.OpenReader())
        {
            foreach (var tile in index.TilesOf(component))
            {
                var offset = nodes.Count;
                foreach (var node in TileDivideTree.Build(surface, reader, tile, settled, cancellationToken))
                {
                    nodes.Add(node with { Parent = node.Parent < 0 ? -1 : node.Parent + offset, Boundary = false });
                    tileOfNode.Add(tile);
                }
            }
        }

        DivideGraph.Reduce(nodes, PerimeterLinks(nodes, tileOfNode), settled, cancellationToken);
        return settled.Peaks;
    }

    /// <summary>Pairs of kept samples of different tiles that are 8-neighbours, each pair once.</summary>
    private static List<(int A, int B)> PerimeterLinks(List<DivideNode> nodes, List<int> tileOfNode)
    {
        var at = new Dictionary<(int Column, int Row), int>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            at[(nodes[i].Column, nodes[i].Row)] = i;
        }

        var links = new List<(int A, int B)>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var (column, row) = (nodes[i].Column, nodes[i].Row);
            for (var dr = -1; dr <= 1; dr++)
            {
                for (var dc = -1; dc <= 1; dc++)
                {
                    if (at.TryGetValue((column + dc, row + dr), out var j) && j > i && tileOfNode[j] != tileOfNode[i])
                    {
                        links.Add((i, j));
                    }
                }
            }
        }

        return links;
    }
}
