using System.Runtime.InteropServices;

namespace TerrainDescent.Core.Peaks.Tiled;

/// <summary>
/// The join step shared by every divide-tree sweep, over a tile's samples (<see cref="TileDivideTree"/>) or over
/// glued trees (<see cref="DivideGraph"/>): the regions of <see cref="ProminenceSweep"/>, each root also remembering
/// its latest (lowest) kept node and whether any of its samples touches data outside the area, and the tree kept.
/// </summary>
/// <remarks>
/// <para>Samples are visited by rank, highest first; the caller finds the regions a sample touches. Kept: every
/// summit, every boundary sample, every col where two or more open regions meet, and each open region's lowest
/// sample. A region is open while it holds a boundary sample: paths through other areas may still join it to higher
/// ground. When a closed region meets higher ground its col is final whatever lies beyond the area, so its summit is
/// settled (recorded if it passes the thresholds) and dropped; a col that then joins only one open region is not
/// kept either. A closed region's only kept node is therefore its summit.</para>
/// <para>Invariant: for any elevation t, two kept samples are joined in the area's superlevel set {z ≥ t} exactly
/// when they are joined in the kept forest through nodes ≥ t.</para>
/// </remarks>
/// <param name="nodeAt">The sample visited at a rank, as a node (with its boundary flag).</param>
/// <param name="settled">Where settled summits go.</param>
internal sealed class DivideSweep(Func<int, DivideNode> nodeAt, SettledPeaks settled)
{
    private const int Dropped = -2;

    private readonly RegionForest _forest = new();
    private readonly List<DivideNode> _kept = [];
    private int[] _lastNode = new int[1024];
    private bool[] _touchesOutside = new bool[1024];

    /// <summary>The root of a region label.</summary>
    public int Find(int region) => _forest.Find(region);

    /// <summary>A summit at <paramref name="rank"/>: a new region, kept.</summary>
    public int Start(int rank)
    {
        var node = nodeAt(rank);
        var region = _forest.Create(rank);
        if (region == _lastNode.Length)
        {
            Array.Resize(ref _lastNode, 2 * region);
            Array.Resize(ref _touchesOutside, 2 * region);
        }

        _lastNode[region] = Keep(node);
        _touchesOutside[region] = node.Boundary;
        return region;
    }

    /// <summary>
    /// Joins the sample at <paramref name="rank"/> (on the boundary or not) to the distinct roots it touches, and
    /// returns the surviving root: closed regions lower than the highest end here and are settled.
    /// </summary>
    public int Join(ReadOnlySpan<int> touching, int rank, bool boundary)
    {
        var keeper = touching[0];
        foreach (var root in touching[1..])
        {
            if (_forest.PeakRank(root) < _forest.PeakRank(keeper))
            {
                keeper = root;
            }
        }

        var open = 0;
        var touchesOutside = boundary;
        foreach (var root in touching)
        {
            if (root == keeper || _touchesOutside[root])
            {
                open++;
                touchesOutside |= _touchesOutside[root];
            }
            else
            {
                SetParent(_lastNode[root], Dropped);
                settled.Record(nodeAt(_forest.PeakRank(root)), nodeAt(rank), isComponentSummit: false);
            }
        }

        var lastNode = _lastNode[keeper];
        if (boundary || open >= 2)
        {
            lastNode = Keep(nodeAt(rank));
            foreach (var root in touching)
            {
                if (root == keeper || _touchesOutside[root])
                {
                    SetParent(_lastNode[root], lastNode);
                }
            }
        }

        var survivor = keeper;
        foreach (var root in touching)
        {
            if (root != keeper)
            {
                survivor = _forest.Union(survivor, root);
            }
        }

        _forest.Extend(survivor, rank);
        _lastNode[survivor] = lastNode;
        _touchesOutside[survivor] = touchesOutside;
        return survivor;
    }

    /// <summary>
    /// Ends the sweep: a closed root is a whole stretch of data, whose summit settles with the stretch's lowest sample
    /// as its col; an open root keeps its lowest sample. Returns the kept tree without the dropped nodes.
    /// </summary>
    public List<DivideNode> Finish()
    {
        for (var region = 0; region < _forest.Count; region++)
        {
            if (!_forest.IsRoot(region))
            {
                continue;
            }

            var (peak, lowest, last) = (nodeAt(_forest.PeakRank(region)), nodeAt(_forest.LowestRank(region)), _lastNode[region]);
            if (!_touchesOutside[region])
            {
                SetParent(last, Dropped);
                settled.Record(peak, lowest, isComponentSummit: true);
            }
            else if (_kept[last].Column != lowest.Column || _kept[last].Row != lowest.Row)
            {
                SetParent(last, Keep(lowest));
            }
        }

        return Compact();
    }

    private int Keep(DivideNode node)
    {
        _kept.Add(node with { Parent = -1 });
        return _kept.Count - 1;
    }

    private void SetParent(int child, int parent) => CollectionsMarshal.AsSpan(_kept)[child].Parent = parent;

    /// <summary>The kept nodes without the dropped ones, parents renumbered.</summary>
    private List<DivideNode> Compact()
    {
        var newIndex = new int[_kept.Count];
        var count = 0;
        for (var i = 0; i < _kept.Count; i++)
        {
            newIndex[i] = _kept[i].Parent == Dropped ? -1 : count++;
        }

        var compacted = new List<DivideNode>(count);
        foreach (var node in _kept)
        {
            if (node.Parent != Dropped)
            {
                compacted.Add(node with { Parent = node.Parent < 0 ? -1 : newIndex[node.Parent] });
            }
        }

        return compacted;
    }
}
