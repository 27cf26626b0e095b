using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Core.Peaks;

/// <summary>
/// The prominence sweep: visits samples from highest to lowest and grows regions with 8-connected union–find.
/// A sample with no visited neighbour starts a region (it is a summit); a sample touching one region joins it;
/// a sample touching two or more is the key col of every one of them except the region with the highest peak,
/// and each of those peaks has prominence = peak elevation − col elevation. This is the merge tree (join tree)
/// of the superlevel sets, computed in O(n α(n)) after the sort.
/// </summary>
/// <remarks>
/// NaN samples are never visited, so they join nothing and regions separated only by voids stay apart. The highest
/// peak of each connected component never meets higher ground; by convention its col is the component's lowest
/// sample. A prominence of 0 (a flat summit met again at its own height) is never a peak.
/// </remarks>
internal static class ProminenceSweep
{
    private const int CancellationStride = 1 << 20;

    /// <summary>A summit and its key col as row-major sample indices.</summary>
    internal readonly record struct Candidate(int PeakIndex, int ColIndex, bool IsComponentSummit);

    /// <summary>
    /// The summits of <paramref name="grid"/> with prominence &gt; 0, ≥ <paramref name="minProminenceMetres"/>
    /// and elevation ≥ <paramref name="minElevationMetres"/>, in no particular order.
    /// </summary>
    public static List<Candidate> Run(ElevationGrid grid, double minProminenceMetres, double minElevationMetres, CancellationToken cancellationToken)
    {
        var elevations = grid.Elevations;
        var width = grid.Width;
        var height = grid.Height;
        var order = ElevationOrder.Descending(elevations);
        var labels = new int[elevations.Length];
        Array.Fill(labels, -1);
        var forest = new RegionForest();
        var collector = new Collector(grid, minProminenceMetres, minElevationMetres);
        Span<int> roots = stackalloc int[8];
        ReadOnlySpan<int> offsets = [-width - 1, -width, -width + 1, -1, 1, width - 1, width, width + 1];

        for (var rank = 0; rank < order.Length; rank++)
        {
            if (rank % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var cell = order[rank];
            var row = cell / width;
            var column = cell - row * width;
            var rootCount = 0;
            if (row > 0 && column > 0 && row < height - 1 && column < width - 1)
            {
                foreach (var offset in offsets)
                {
                    AddRoot(forest, labels[cell + offset], roots, ref rootCount);
                }
            }
            else
            {
                for (var r = Math.Max(0, row - 1); r <= Math.Min(height - 1, row + 1); r++)
                {
                    for (var c = Math.Max(0, column - 1); c <= Math.Min(width - 1, column + 1); c++)
                    {
                        AddRoot(forest, labels[r * width + c], roots, ref rootCount);
                    }
                }
            }

            labels[cell] = rootCount == 0 ? forest.Create(rank) : Join(forest, roots[..rootCount], rank, cell, order, collector);
        }

        for (var region = 0; region < forest.Count; region++)
        {
            if (forest.IsRoot(region))
            {
                collector.Record(order[forest.PeakRank(region)], order[forest.LowestRank(region)], isComponentSummit: true);
            }
        }

        return collector.Candidates;
    }

    /// <summary>
    /// Adds the region of a neighbour's label to <paramref name="roots"/> once. A negative label is a sample not yet
    /// visited (lower, or equal and later by index), a void, or the cell itself: none of them belongs to a region.
    /// </summary>
    private static void AddRoot(RegionForest forest, int label, Span<int> roots, ref int rootCount)
    {
        if (label < 0)
        {
            return;
        }

        var root = forest.Find(label);
        if (!roots[..rootCount].Contains(root))
        {
            roots[rootCount++] = root;
        }
    }

    /// <summary>
    /// Joins <paramref name="cell"/> to every region it touches. All but the region with the highest peak end here,
    /// so this cell is their key col; returns the surviving root.
    /// </summary>
    private static int Join(RegionForest forest, ReadOnlySpan<int> touching, int rank, int cell, int[] order, Collector collector)
    {
        var keeper = touching[0];
        foreach (var root in touching[1..])
        {
            if (forest.PeakRank(root) < forest.PeakRank(keeper))
            {
                keeper = root;
            }
        }

        var survivor = keeper;
        foreach (var root in touching)
        {
            if (root != keeper)
            {
                collector.Record(order[forest.PeakRank(root)], cell, isComponentSummit: false);
                survivor = forest.Union(survivor, root);
            }
        }

        forest.Extend(survivor, rank);
        return survivor;
    }

    /// <summary>Keeps the summits that pass the thresholds.</summary>
    private sealed class Collector(ElevationGrid grid, double minProminenceMetres, double minElevationMetres)
    {
        public List<Candidate> Candidates { get; } = [];

        public void Record(int peakIndex, int colIndex, bool isComponentSummit)
        {
            var peakMetres = (double)grid.Elevations[peakIndex];
            var prominenceMetres = peakMetres - grid.Elevations[colIndex];
            if (prominenceMetres > 0 && prominenceMetres >= minProminenceMetres && peakMetres >= minElevationMetres)
            {
                Candidates.Add(new Candidate(peakIndex, colIndex, isComponentSummit));
            }
        }
    }
}
