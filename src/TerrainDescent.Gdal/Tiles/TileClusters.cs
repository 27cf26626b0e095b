namespace TerrainDescent.Gdal.Tiles;

/// <summary>
/// Groups catalogued tiles into clusters of touching tiles (the connected components of "overlaps or shares an
/// edge or corner"), so that far-apart tiles are never mosaicked into one mostly empty grid.
/// </summary>
public static class TileClusters
{
    /// <summary>
    /// The clusters of <paramref name="tiles"/>, ordered by their first member's position in the input, members in
    /// input order: the same input always gives the same clusters in the same order. O(n²) bounds checks, which is
    /// nothing next to reading the samples of even one tile.
    /// </summary>
    public static IReadOnlyList<TileCluster> Group(IReadOnlyList<TileInfo> tiles)
    {
        var parent = Enumerable.Range(0, tiles.Count).ToArray();
        for (var i = 0; i < tiles.Count; i++)
        {
            for (var j = i + 1; j < tiles.Count; j++)
            {
                if (tiles[i].Touches(tiles[j]))
                {
                    Union(parent, i, j);
                }
            }
        }

        var members = new Dictionary<int, List<TileInfo>>();
        var order = new List<int>();
        for (var i = 0; i < tiles.Count; i++)
        {
            var root = Find(parent, i);
            if (!members.TryGetValue(root, out var list))
            {
                list = [];
                members[root] = list;
                order.Add(root);
            }

            list.Add(tiles[i]);
        }

        return order.Select(root => new TileCluster(members[root])).ToArray();
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]]; // path halving
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var rootA = Find(parent, a);
        var rootB = Find(parent, b);
        if (rootA != rootB)
        {
            parent[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
        }
    }
}
