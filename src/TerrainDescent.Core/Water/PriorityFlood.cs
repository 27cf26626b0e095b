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
        var pit = new Queue<int>();

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
            var level = filled[cell];
            for (var d = 0; d < 8; d++)
            {
                var direction = (D8Direction)d;
                var r = row + D8Offsets.RowStep(direction);
                var c = column + D8Offsets.ColumnStep(direction);
                if ((uint)r >= (uint)height || (uint)c >= (uint)width)
                {
                    continue;
                }

                var neighbour = r * width + c;
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

    /// <summary>Opens every edge cell (draining off the raster) and every cell beside a void (draining into it).</summary>
    private static void SeedOutlets(float[] filled, Span<D8Direction> directions, int width, int height, CellMinHeap heap)
    {
        for (var row = 0; row < height; row++)
        {
            for (var column = 0; column < width; column++)
            {
                var cell = row * width + column;
                if (directions[cell] != (D8Direction)Open)
                {
                    continue;
                }

                var onEdge = row == 0 || column == 0 || row == height - 1 || column == width - 1;
                var outlet = onEdge ? D8Offsets.Outward(row, column, width, height) : VoidNeighbour(filled, row, column, width);
                if (outlet != D8Direction.None)
                {
                    directions[cell] = outlet;
                    heap.Push(filled[cell], cell);
                }
            }
        }
    }

    /// <summary>The direction to a void neighbour of an interior cell, or None when it has none.</summary>
    private static D8Direction VoidNeighbour(float[] filled, int row, int column, int width)
    {
        for (var d = 0; d < 8; d++)
        {
            var direction = (D8Direction)d;
            var neighbour = (row + D8Offsets.RowStep(direction)) * width + column + D8Offsets.ColumnStep(direction);
            if (float.IsNaN(filled[neighbour]))
            {
                return direction;
            }
        }

        return D8Direction.None;
    }
}
