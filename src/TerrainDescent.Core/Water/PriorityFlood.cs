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
/// Every cell also records the direction to the cell that flooded it: following those links never climbs in
/// the filled surface, crosses flats by the shortest route in cells, and always ends at an outlet (the
/// "flat resolution" that keeps flow from stalling). O(n log n) time, no allocation per cell.
/// </remarks>
internal static class PriorityFlood
{
    private const byte Open = 254;

    /// <summary>
    /// Returns the filled elevations (NaN at voids) and writes into <paramref name="floodDirections"/> each
    /// cell's direction towards the cell that flooded it: off the raster or into a void for outlets,
    /// <see cref="D8Direction.None"/> for voids.
    /// </summary>
    public static float[] Fill(ElevationGrid grid, D8Direction[] floodDirections)
    {
        var width = grid.Width;
        var height = grid.Height;
        var filled = grid.Elevations.ToArray();
        var directions = floodDirections.AsSpan(0, width * height);
        var heap = new CellMinHeap(2 * (width + height));
        var pit = new CellQueue(width + height);
        ReadOnlySpan<int> indexSteps = D8Offsets.IndexSteps(width);

        for (var cell = 0; cell < filled.Length; cell++)
        {
            directions[cell] = float.IsNaN(filled[cell]) ? D8Direction.None : (D8Direction)Open;
        }

        SeedOutlets(filled, directions, width, height, heap);

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
                if (directions[neighbour] != (D8Direction)Open)
                {
                    continue;
                }

                directions[neighbour] = D8Offsets.Reverse(direction);
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
    private static void SeedOutlets(float[] filled, Span<D8Direction> directions, int width, int height, CellMinHeap heap)
    {
        for (var row = 0; row < height; row++)
        {
            var step = row == 0 || row == height - 1 ? 1 : width - 1;
            for (var column = 0; column < width; column += step)
            {
                var cell = row * width + column;
                if (directions[cell] == (D8Direction)Open)
                {
                    directions[cell] = D8Offsets.Outward(row, column, width, height);
                    heap.Push(filled[cell], cell);
                }
            }
        }

        // Cells beside a void drain into it: visit each void's open neighbours (voids are few, so this is cheap).
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
                if (OnGrid(r, c, width, height) && directions[r * width + c] == (D8Direction)Open)
                {
                    directions[r * width + c] = D8Offsets.Reverse(direction);
                    heap.Push(filled[r * width + c], r * width + c);
                }
            }
        }
    }
}
