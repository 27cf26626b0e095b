using System.Runtime.InteropServices;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Core.Peaks.Tiled;

/// <summary>
/// The divide tree of one tile (after Kirmse and de Ferranti 2017, "Calculating the prominence and isolation of every
/// mountain in the world"): the prominence sweep of <see cref="ProminenceSweep"/> over the samples the tile owns,
/// keeping only the samples the rest of the surface can still need.
/// </summary>
/// <remarks>
/// <para>Kept: every summit, every sample beside another tile's samples (a perimeter sample), every col where two or
/// more regions that are still open meet, and each region's lowest sample. A region is open while it holds a
/// perimeter sample: paths through other tiles may still join it to higher ground. When a closed region meets higher
/// ground its col is final whatever lies beyond the tile, so its summit is settled here (recorded if it passes the
/// thresholds) and dropped from the tree; a col that then joins only one open region is not kept either.</para>
/// <para>Invariant: for any elevation t, two kept samples are joined in the tile's superlevel set {z ≥ t} exactly
/// when they are joined in the forest through kept samples ≥ t. Gluing the tiles' forests along touching perimeter
/// samples therefore gives the merge tree of the whole surface, restricted to the kept samples.</para>
/// </remarks>
internal static class TileDivideTree
{
    private const int Dropped = -2;

    /// <summary>The tree of tile <paramref name="tileIndex"/>; summits settled inside it go to <paramref name="settled"/>.</summary>
    public static List<DivideNode> Build(TerrainSurface surface, SurfaceReader reader, int tileIndex, SettledPeaks settled, CancellationToken cancellationToken)
    {
        var index = surface.Index;
        var tile = index.Tiles[tileIndex];
        var (width, height) = (tile.Width, tile.Height);
        var elevations = reader.OwnedSamples(tileIndex);

        var perimeter = PerimeterOf(index, tileIndex, elevations);
        var order = ElevationOrder.Descending(elevations);
        var labels = new int[elevations.Length];
        Array.Fill(labels, -1);
        var regions = new DivideRegions();
        var forest = regions.Forest;
        var nodes = new List<DivideNode>();
        Span<int> roots = stackalloc int[8];

        int Keep(int cell)
        {
            nodes.Add(new DivideNode(tile.Column + cell % width, tile.Row + cell / width, elevations[cell], perimeter[cell]));
            return nodes.Count - 1;
        }

        for (var rank = 0; rank < order.Length; rank++)
        {
            if ((rank & 0xFFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var cell = order[rank];
            var (row, column) = (cell / width, cell % width);
            var rootCount = 0;
            for (var r = Math.Max(0, row - 1); r <= Math.Min(height - 1, row + 1); r++)
            {
                for (var c = Math.Max(0, column - 1); c <= Math.Min(width - 1, column + 1); c++)
                {
                    var label = labels[r * width + c];
                    if (label >= 0 && forest.Find(label) is var root && !roots[..rootCount].Contains(root))
                    {
                        roots[rootCount++] = root;
                    }
                }
            }

            if (rootCount == 0)
            {
                labels[cell] = regions.Create(rank, Keep(cell), perimeter[cell]);
                continue;
            }

            labels[cell] = Join(regions, roots[..rootCount], rank, cell, perimeter[cell], nodes, Keep, order, elevations, tile, settled);
        }

        // Closed regions are whole stretches of data inside the tile: settle their summits. Open ones keep their lowest sample.
        for (var region = 0; region < forest.Count; region++)
        {
            if (!forest.IsRoot(region))
            {
                continue;
            }

            var (peakCell, lowestCell) = (order[forest.PeakRank(region)], order[forest.LowestRank(region)]);
            if (!regions.TouchesOutside(region))
            {
                Drop(nodes, regions.LastNode(region));
                settled.Record(
                    tile.Column + peakCell % width, tile.Row + peakCell / width, elevations[peakCell],
                    tile.Column + lowestCell % width, tile.Row + lowestCell / width, elevations[lowestCell], isComponentSummit: true);
                continue;
            }

            var last = regions.LastNode(region);
            if (nodes[last].Column != tile.Column + lowestCell % width || nodes[last].Row != tile.Row + lowestCell / width)
            {
                var lowest = Keep(lowestCell);
                SetParent(nodes, last, lowest);
            }
        }

        return DivideGraph.Compact(nodes);
    }

    /// <summary>Samples of the tile with an 8-neighbour that another tile owns (only the outer two rings can have one).</summary>
    private static bool[] PerimeterOf(TileIndex index, int tileIndex, float[] elevations)
    {
        var tile = index.Tiles[tileIndex];
        var (width, height) = (tile.Width, tile.Height);
        var perimeter = new bool[elevations.Length];
        for (var row = 0; row < height; row++)
        {
            for (var column = 0; column < width; column++)
            {
                var cell = row * width + column;
                var outerRings = row <= 1 || column <= 1 || row >= height - 2 || column >= width - 2;
                if (!outerRings || float.IsNaN(elevations[cell]))
                {
                    continue;
                }

                for (var dr = -1; dr <= 1 && !perimeter[cell]; dr++)
                {
                    for (var dc = -1; dc <= 1; dc++)
                    {
                        var owner = index.OwnerOf(tile.Column + column + dc, tile.Row + row + dr);
                        if (owner >= 0 && owner != tileIndex)
                        {
                            perimeter[cell] = true;
                            break;
                        }
                    }
                }
            }
        }

        return perimeter;
    }

    /// <summary>
    /// Joins <paramref name="cell"/> to the regions it touches: closed regions lower than the highest end here and
    /// are settled; the sample is kept when it is a perimeter sample or where two or more open regions meet.
    /// </summary>
    private static int Join(
        DivideRegions regions, ReadOnlySpan<int> touching, int rank, int cell, bool isPerimeter, List<DivideNode> nodes,
        Func<int, int> keep, int[] order, float[] elevations, TileFootprint tile, SettledPeaks settled)
    {
        var forest = regions.Forest;
        var keeper = touching[0];
        foreach (var root in touching[1..])
        {
            if (forest.PeakRank(root) < forest.PeakRank(keeper))
            {
                keeper = root;
            }
        }

        var open = 0;
        var touchesOutside = isPerimeter;
        foreach (var root in touching)
        {
            if (root == keeper || regions.TouchesOutside(root))
            {
                open++;
                touchesOutside |= regions.TouchesOutside(root);
            }
            else
            {
                // A closed region's only kept sample is its summit (its cols joined one open region at most): drop it.
                Drop(nodes, regions.LastNode(root));
                var peakCell = order[forest.PeakRank(root)];
                settled.Record(
                    tile.Column + peakCell % tile.Width, tile.Row + peakCell / tile.Width, elevations[peakCell],
                    tile.Column + cell % tile.Width, tile.Row + cell / tile.Width, elevations[cell], isComponentSummit: false);
            }
        }

        var lastNode = regions.LastNode(keeper);
        if (isPerimeter || open >= 2)
        {
            lastNode = keep(cell);
            foreach (var root in touching)
            {
                if (root == keeper || regions.TouchesOutside(root))
                {
                    SetParent(nodes, regions.LastNode(root), lastNode);
                }
            }
        }

        var survivor = keeper;
        foreach (var root in touching)
        {
            if (root != keeper)
            {
                survivor = forest.Union(survivor, root);
            }
        }

        forest.Extend(survivor, rank);
        regions.Set(survivor, lastNode, touchesOutside);
        return survivor;
    }

    private static void SetParent(List<DivideNode> nodes, int child, int parent) => CollectionsMarshal.AsSpan(nodes)[child].Parent = parent;

    private static void Drop(List<DivideNode> nodes, int node) => SetParent(nodes, node, Dropped);
}
