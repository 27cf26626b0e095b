namespace TerrainDescent.Core.Water;

/// <summary>
/// D8 directions over a depression-filled surface, decided by the filled levels alone, so that the same surface
/// gives the same directions whether it is routed as one grid or tile by tile.
/// </summary>
/// <remarks>
/// <para>A sample with a strictly lower neighbour drains to the steepest one, <c>max (z − zₙ) / dₙ</c> with dₙ the
/// ground distance (mx east–west, my north–south, √(mx² + my²) diagonally, from its row). Otherwise an outlet (a
/// sample beside no data) drains off the data: outwards on the edge of the group's bounding box, else into its
/// first missing neighbour in row-major order. These are drains, at distance 0.</para>
/// <para>Every other sample is inside a flat (equal filled levels, nothing lower beside it). It drains towards the
/// nearest drain of its flat, counted in steps through the flat (a breadth-first search from all drains at once):
/// to its first neighbour, in D8 order, on the same flat and one step nearer. Every filled flat has a drain, and
/// each step lowers the distance by one, so flow never cycles and always reaches an outlet.</para>
/// </remarks>
internal static class FlowRouting
{
    // Row-major order of the 8 neighbours, the order outlets choose a missing neighbour in.
    private static readonly D8Direction[] s_rowMajor =
    [
        D8Direction.NorthWest, D8Direction.North, D8Direction.NorthEast, D8Direction.West,
        D8Direction.East, D8Direction.SouthWest, D8Direction.South, D8Direction.SouthEast,
    ];

    /// <summary>
    /// Assigns the direction of every <see cref="FlowWindow.Inside"/> sample into <paramref name="directions"/>
    /// (window-sized) and its distance into the window. <paramref name="bounds"/> is the group's bounding box in
    /// global samples; <paramref name="rowScales"/> gives (mx, my) in metres for a global row.
    /// </summary>
    public static void Assign(
        FlowWindow window, (int Column0, int Row0, int Column1, int Row1) bounds, Func<int, (double East, double North)> rowScales, D8Direction[] directions)
    {
        var (width, height) = (window.Width, window.Height);
        var levels = window.Levels;
        var roles = window.Roles;
        var distances = window.Distances;
        var indexSteps = D8Offsets.IndexSteps(width);
        Span<double> inverseDistance = stackalloc double[8];
        var flats = 0;

        for (var j = 1; j < height - 1; j++)
        {
            var row = window.Row0 + j;
            var (east, north) = rowScales(row);
            var diagonal = Math.Sqrt(east * east + north * north);
            for (var d = 0; d < 8; d++)
            {
                inverseDistance[d] = 1.0 / (D8Offsets.IsDiagonal((D8Direction)d) ? diagonal : d % 4 == 0 ? east : north);
            }

            for (var i = 1; i < width - 1; i++)
            {
                var cell = j * width + i;
                if (roles[cell] != FlowWindow.Inside)
                {
                    continue;
                }

                var z = levels[cell];
                var best = -1;
                var bestSlope = 0.0;
                var outlet = false;
                for (var d = 0; d < 8; d++)
                {
                    var neighbour = cell + indexSteps[d];
                    outlet |= roles[neighbour] == FlowWindow.OffData;

                    // The drop in float32, then scaled, as the whole-grid fill has always computed it; NaN fails.
                    var slope = (z - levels[neighbour]) * inverseDistance[d];
                    if (slope > bestSlope)
                    {
                        best = d;
                        bestSlope = slope;
                    }
                }

                if (best >= 0)
                {
                    directions[cell] = (D8Direction)best;
                }
                else if (outlet)
                {
                    directions[cell] = OutletDirection(window, cell, window.Column0 + i, row, bounds);
                }
                else
                {
                    directions[cell] = D8Direction.None;
                    distances[cell] = FlowWindow.Unknown;
                    flats++;
                    continue;
                }

                distances[cell] = 0;
            }
        }

        if (flats > 0)
        {
            ResolveFlats(window, directions, indexSteps);
        }
    }

    private static D8Direction OutletDirection(FlowWindow window, int cell, int column, int row, (int Column0, int Row0, int Column1, int Row1) bounds)
    {
        if (column == bounds.Column0 || column == bounds.Column1 || row == bounds.Row0 || row == bounds.Row1)
        {
            return D8Offsets.Outward(row - bounds.Row0, column - bounds.Column0, bounds.Column1 - bounds.Column0 + 1, bounds.Row1 - bounds.Row0 + 1);
        }

        foreach (var direction in s_rowMajor)
        {
            var neighbour = cell + D8Offsets.RowStep(direction) * window.Width + D8Offsets.ColumnStep(direction);
            if (window.Roles[neighbour] == FlowWindow.OffData)
            {
                return direction;
            }
        }

        throw new InvalidOperationException("an outlet has no missing neighbour");
    }

    /// <summary>
    /// Breadth-first distances from all drains (and from halo samples of known distance) through the flats, then
    /// each flat sample's step towards a neighbour one nearer.
    /// </summary>
    private static void ResolveFlats(FlowWindow window, D8Direction[] directions, int[] indexSteps)
    {
        var levels = window.Levels;
        var roles = window.Roles;
        var distances = window.Distances;

        // Inside drains start the queue at distance 0; halo samples of known distance wait, sorted, to join it in turn.
        var queue = new CellQueue(1024);
        var seeds = new List<(int Distance, int Cell)>();
        for (var cell = 0; cell < roles.Length; cell++)
        {
            if (roles[cell] == FlowWindow.Inside && distances[cell] == 0 && BesideFlat(window, indexSteps, cell))
            {
                queue.Enqueue(cell);
            }
            else if (roles[cell] == FlowWindow.Halo && distances[cell] != FlowWindow.Unknown)
            {
                seeds.Add((distances[cell], cell));
            }
        }

        seeds.Sort();

        // Unit steps, so merging the sorted seeds with the FIFO queue visits samples in order of distance.
        var next = 0;
        while (next < seeds.Count || queue.Count > 0)
        {
            int cell;
            if (queue.Count == 0 || (next < seeds.Count && seeds[next].Distance <= distances[queue.Peek()]))
            {
                cell = seeds[next++].Cell;
            }
            else
            {
                cell = queue.Dequeue();
            }

            var z = levels[cell];
            var step = distances[cell] + 1;
            for (var d = 0; d < 8; d++)
            {
                var neighbour = cell + indexSteps[d];
                // Halo seeds may sit on the ring, whose outward neighbours fall off the window (or wrap to ring samples).
                // An inside sample of unknown distance is on a flat: drains have distance 0.
                if ((uint)neighbour < (uint)roles.Length && roles[neighbour] == FlowWindow.Inside && distances[neighbour] == FlowWindow.Unknown
                    && levels[neighbour] == z)
                {
                    distances[neighbour] = step;
                    queue.Enqueue(neighbour);
                }
            }
        }

        for (var cell = 0; cell < roles.Length; cell++)
        {
            if (roles[cell] != FlowWindow.Inside || directions[cell] != D8Direction.None || distances[cell] == FlowWindow.Unknown)
            {
                continue;
            }

            for (var d = 0; d < 8; d++)
            {
                var neighbour = cell + indexSteps[d];
                if (roles[neighbour] != FlowWindow.OffData && levels[neighbour] == levels[cell] && distances[neighbour] == distances[cell] - 1)
                {
                    directions[cell] = (D8Direction)d;
                    break;
                }
            }
        }
    }

    /// <summary>Whether an inside drain has a neighbour on a flat at its own level, which it may drain.</summary>
    private static bool BesideFlat(FlowWindow window, int[] indexSteps, int cell)
    {
        for (var d = 0; d < 8; d++)
        {
            var neighbour = cell + indexSteps[d];
            if (window.Roles[neighbour] == FlowWindow.Inside && window.Distances[neighbour] == FlowWindow.Unknown
                && window.Levels[neighbour] == window.Levels[cell])
            {
                return true;
            }
        }

        return false;
    }
}
