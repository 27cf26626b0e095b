using System.Runtime.InteropServices;

namespace TerrainDescent.Core.Peaks.Tiled;

/// <summary>
/// Glues divide trees: the prominence sweep over a graph of kept samples, whose edges are the trees' parent links
/// and the links between touching perimeter samples of different areas. The result is the divide tree of the union,
/// reduced by the same rules (<see cref="DivideSweep"/>): with no <see cref="DivideNode.Boundary"/> sample left
/// every region is closed, every summit settles and the tree is empty.
/// </summary>
internal static class DivideGraph
{
    /// <summary>
    /// Sweeps <paramref name="nodes"/> (whose <see cref="DivideNode.Boundary"/> flags say what still touches data
    /// outside the union) joined also by <paramref name="links"/>; settles what it can into <paramref name="settled"/>
    /// and returns the reduced tree.
    /// </summary>
    public static List<DivideNode> Reduce(List<DivideNode> nodes, IReadOnlyList<(int A, int B)> links, SettledPeaks settled, CancellationToken cancellationToken)
    {
        var count = nodes.Count;
        var nodeArray = nodes.ToArray();
        var order = Enumerable.Range(0, count).ToArray();
        Array.Sort(order, (a, b) => DivideNode.CompareDescending(nodeArray[a], nodeArray[b]));
        var (start, neighbours) = Adjacency(nodeArray, links);
        var labels = new int[count];
        Array.Fill(labels, -1);
        var sweep = new DivideSweep(rank => nodeArray[order[rank]], settled);
        var roots = new List<int>(8);

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
                if (label >= 0 && sweep.Find(label) is var root && !roots.Contains(root))
                {
                    roots.Add(root);
                }
            }

            labels[node] = roots.Count == 0 ? sweep.Start(rank) : sweep.Join(CollectionsMarshal.AsSpan(roots), rank, nodeArray[node].Boundary);
        }

        return sweep.Finish();
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
}
