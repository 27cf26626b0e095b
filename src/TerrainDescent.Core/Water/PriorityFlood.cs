using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Core.Water;

/// <summary>
/// Depression filling by Priority-Flood with a pit queue (Barnes, Lehman and Mulla 2014, "Priority-Flood:
/// An optimal depression-filling and watershed-labeling algorithm", Algorithm 2).
/// </summary>
/// <remarks>
/// The flood starts from every outlet — cells on the raster edge and cells beside a void — and always grows
/// from the lowest open cell. A neighbour no higher than the cell that reaches it is raised to that level and
/// goes to a FIFO pit queue, which floods a hollow or a flat breadth-first; a higher one goes to the heap.
/// The filled level of a cell is the least height at which it reaches an outlet, whatever order equal cells are
/// taken in; the directions over the filled surface are <see cref="FlowRouting"/>'s. O(n log n) time, no
/// allocation per cell.
/// </remarks>
internal static class PriorityFlood
{
    /// <summary>Returns the filled elevations of <paramref name="grid"/>, NaN at voids.</summary>
    public static float[] Fill(ElevationGrid grid)
    {
        var width = grid.Width;
        var height = grid.Height;
        var filled = grid.Elevations.ToArray();
        var reached = new bool[filled.Length];
        var heap = new CellMinHeap(2 * (width + height));
        var pit = new CellQueue(width + height);
        ReadOnlySpan<int> indexSteps = D8Offsets.IndexSteps(width);

        for (var cell = 0; cell < filled.Length; cell++)
        {
            reached[cell] = float.IsNaN(filled[cell]);
        }

        SeedOutlets(filled, reached, width, height, heap);

        while (heap.Count > 0 || pit.Count > 0)
        {
            var cell = pit.Count > 0 ? pit.Dequeue() : heap.Pop();
            var row = cell / width;
            var column = cell - row * width;
            var interior = row > 0 && column > 0 && row < height - 1 && column < width - 1;
            var level = filled[cell];
            for (var d = 0; d < 8; d++)
            {
                var direction = (D8Direction)d;
                if (!interior && !OnGrid(row + D8Offsets.RowStep(direction), column + D8Offsets.ColumnStep(direction), width, height))
                {
                    continue;
                }

                var neighbour = cell + indexSteps[d];
                if (reached[neighbour])
                {
                    continue;
                }

                reached[neighbour] = true;
                if (filled[neighbour] <= level)
                {
                    filled[neighbour] = level;
                    pit.Enqueue(neighbour);
                }
                else
                {
                    heap.Push(filled[neighbour], neighbour);
                }
            }
        }

        return filled;
    }

    private static bool OnGrid(int row, int column, int width, int height) => (uint)row < (uint)height && (uint)column < (uint)width;

    /// <summary>Opens every edge cell (draining off the raster) and every cell beside a void (draining into it).</summary>
    private static void SeedOutlets(float[] filled, bool[] reached, int width, int height, CellMinHeap heap)
    {
        for (var row = 0; row < height; row++)
        {
            var step = row == 0 || row == height - 1 ? 1 : width - 1;
            for (var column = 0; column < width; column += step)
            {
                var cell = row * width + column;
                if (!reached[cell])
                {
                    reached[cell] = true;
                    heap.Push(filled[cell], cell);
                }
            }
        }

        // Cells beside a void drain into it: visit each void's neighbours (voids are few, so this is cheap).
        for (var cell = 0; cell < filled.Length; cell++)
        {
            if (!float.IsNaN(filled[cell]))
            {
                continue;
            }

            var (row, column) = (cell / width, cell % width);
            for (var d = 0; d < 8; d++)
            {
                var direction = (D8Direction)d;
                var (r, c) = (row + D8Offsets.RowStep(direction), column + D8Offsets.ColumnStep(direction));
                if (OnGrid(r, c, width, height) && !reached[r * width + c])
                {
                    reached[r * width + c] = true;
                    heap.Push(filled[r * width + c], r * width + c);
                }
            }
        }
    }
}
