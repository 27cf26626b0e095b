using System.Runtime.InteropServices;

namespace TerrainDescent.Core.Peaks.Tiled;

/// <summary>
/// Glues divide trees: the prominence sweep over a graph of kept samples, whose edges are the trees' parent links
/// and the links between touching perimeter samples of different areas. The result is the divide tree of the union,
/// reduced by the same rules as <see cref="TileDivideTree"/>: with no <see cref="DivideNode.Boundary"/> sample left
/// every region is closed, every summit settles and the tree is empty.
/// </summary>
internal static class DivideGraph
{
    private const int Dropped = -2;

    /// <summary>
    /// Sweeps <paramref name="nodes"/> (whose <see cref="DivideNode.Boundary"/> flags say what still touches data
    /// outside the union) joined also by <paramref name="links"/>; settles what it can into <paramref name="settled"/>
    /// and returns the reduced tree.
    /// </summary>
    public static List<DivideNode> Reduce(List<DivideNode> nodes, IReadOnlyList<(int A, int B)> links, SettledPeaks settled, CancellationToken cancellationToken)
    {
        var count = nodes.Count;
        var order = Enumerable.Range(0, count).ToArray();
        var span = CollectionsMarshal.AsSpan(nodes);
        var nodeArray = span.ToArray();
        Array.Sort(order, (a, b) => DivideNode.CompareDescending(nodeArray[a], nodeArray[b]));
        var rankOf = new int[count];
        for (var rank = 0; rank < count; rank++)
        {
            rankOf[order[rank]] = rank;
        }

        var (start, neighbours) = Adjacency(nodeArray, links);
        var labels = new int[count];
        Array.Fill(labels, -1);
        var regions = new DivideRegions();
        var forest = regions.Forest;
        var reduced = new List<DivideNode>();
        var roots = new List<int>(8);

        int Keep(int node)
        {
            reduced.Add(nodeArray[node] with { Parent = -1 });
            return reduced.Count - 1;
        }

        for (var rank = 0; rank < count; rank++)
        {
            if ((rank & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var node = order[rank];
            roots.Clear();
            for (var i = start[node]; i < start[node + 1]; i++)
            {
                var label = labels[neighbours[i]];
                if (label >= 0 && forest.Find(label) is var root && !roots.Contains(root))
                {
                    roots.Add(root);
                }
            }

            var boundary = nodeArray[node].Boundary;
            if (roots.Count == 0)
            {
                labels[node] = regions.Create(rank, Keep(node), boundary);
                continue;
            }

            var keeper = roots[0];
            foreach (var root in roots)
            {
                if (forest.PeakRank(root) < forest.PeakRank(keeper))
                {
                    keeper = root;
                }
            }

            var open = 0;
            var touchesOutside = boundary;
            foreach (var root in roots)
            {
                if (root == keeper || regions.TouchesOutside(root))
                {
                    open++;
                    touchesOutside |= regions.TouchesOutside(root);
                }
                else
                {
                    SetParent(reduced, regions.LastNode(root), Dropped);
                    settled.Record(nodeArray[order[forest.PeakRank(root)]], nodeArray[node], isComponentSummit: false);
                }
            }

            var lastNode = regions.LastNode(keeper);
            if (boundary || open >= 2)
            {
                lastNode = Keep(node);
                foreach (var root in roots)
                {
                    if (root == keeper || regions.TouchesOutside(root))
                    {
                        SetParent(reduced, regions.LastNode(root), lastNode);
                    }
                }
            }

            var survivor = keeper;
            foreach (var root in roots)
            {
                if (root != keeper)
                {
                    survivor = forest.Union(survivor, root);
                }
            }

            forest.Extend(survivor, rank);
            regions.Set(survivor, lastNode, touchesOutside);
            labels[node] = survivor;
        }

        for (var region = 0; region < forest.Count; region++)
        {
            if (!forest.IsRoot(region))
            {
                continue;
            }

            var (peak, lowest) = (order[forest.PeakRank(region)], order[forest.LowestRank(region)]);
            var last = regions.LastNode(region);
            if (!regions.TouchesOutside(region))
            {
                SetParent(reduced, last, Dropped);
                settled.Record(nodeArray[peak], nodeArray[lowest], isComponentSummit: true);
            }
            else if (reduced[last].Column != nodeArray[lowest].Column || reduced[last].Row != nodeArray[lowest].Row)
            {
                var kept = Keep(lowest);
                SetParent(reduced, last, kept);
            }
        }

        return Compact(reduced);
    }

    /// <summary>Each node's neighbours in compressed rows: its parent, its children and its links.</summary>
    private static (int[] Start, int[] Neighbours) Adjacency(DivideNode[] nodes, IReadOnlyList<(int A, int B)> links)
    {
        var degree = new int[nodes.Length + 1];
        foreach (var node in nodes)
        {
            if (node.Parent >= 0)
            {
                degree[node.Parent]++;
            }
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i].Parent >= 0)
            {
                degree[i]++;
            }
        }

        foreach (var (a, b) in links)
        {
            degree[a]++;
            degree[b]++;
        }

        var start = new int[nodes.Length + 1];
        for (var i = 0; i < nodes.Length; i++)
        {
            start[i + 1] = start[i] + degree[i];
        }

        var fill = start[..^1].ToArray();
        var neighbours = new int[start[^1]];
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i].Parent is var parent && parent >= 0)
            {
                neighbours[fill[i]++] = parent;
                neighbours[fill[parent]++] = i;
            }
        }

        foreach (var (a, b) in links)
        {
            neighbours[fill[a]++] = b;
            neighbours[fill[b]++] = a;
        }

        return (start, neighbours);
    }

    private static void SetParent(List<DivideNode> nodes, int child, int parent) => CollectionsMarshal.AsSpan(nodes)[child].Parent = parent;

    /// <summary>The kept nodes without the dropped ones, parents renumbered.</summary>
    internal static List<DivideNode> Compact(List<DivideNode> nodes)
    {
        var newIndex = new int[nodes.Count];
        var count = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            newIndex[i] = nodes[i].Parent == Dropped ? -1 : count++;
        }

        var kept = new List<DivideNode>(count);
        foreach (var node in nodes)
        {
            if (node.Parent != Dropped)
            {
                kept.Add(node with { Parent = node.Parent < 0 ? -1 : newIndex[node.Parent] });
            }
        }

        return kept;
    }
}
