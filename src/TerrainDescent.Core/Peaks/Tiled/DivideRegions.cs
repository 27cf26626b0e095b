namespace TerrainDescent.Core.Peaks.Tiled;

/// <summary>
/// The regions of a divide-tree sweep: a <see cref="RegionForest"/> whose roots also remember their latest (lowest)
/// kept node and whether any of their samples touches data outside the area.
/// </summary>
/// <remarks>
/// A region that touches nothing outside is complete: no path through other areas can reach it, so the col where it
/// ends is its key col globally, and its summit can be settled and left out of the tree.
/// </remarks>
internal sealed class DivideRegions
{
    private readonly RegionForest _forest = new();
    private int[] _lastNode = new int[1024];
    private bool[] _touchesOutside = new bool[1024];

    public RegionForest Forest => _forest;

    public int Create(int rank, int node, bool touchesOutside)
    {
        var region = _forest.Create(rank);
        if (region == _lastNode.Length)
        {
            Array.Resize(ref _lastNode, 2 * region);
            Array.Resize(ref _touchesOutside, 2 * region);
        }

        _lastNode[region] = node;
        _touchesOutside[region] = touchesOutside;
        return region;
    }

    public int LastNode(int root) => _lastNode[root];

    public bool TouchesOutside(int root) => _touchesOutside[root];

    public void Set(int root, int lastNode, bool touchesOutside)
    {
        _lastNode[root] = lastNode;
        _touchesOutside[root] = touchesOutside;
    }
}
