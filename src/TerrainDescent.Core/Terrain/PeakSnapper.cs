namespace TerrainDescent.Core.Terrain;

/// <summary>
/// Moves a start to the highest valid sample within a ground radius: "descend from the chosen peak" when the
/// click or the coordinates are only near the summit.
/// </summary>
public static class PeakSnapper
{
    /// <summary>
    /// The sample position of the highest non-void sample within <paramref name="radiusMetres"/> of (u, v).
    /// Ties go to the nearer sample, then to the one first in row-major order, so the result is deterministic.
    /// Returns (u, v) unchanged when the radius is zero or no valid sample is in reach.
    /// </summary>
    public static (double U, double V) Snap(ElevationGrid grid, double u, double v, double radiusMetres)
    {
        if (!(radiusMetres > 0) || !grid.Contains(u, v))
        {
            return (u, v);
        }

        var centreRow = (int)Math.Round(v);
        var columnReach = (int)Math.Ceiling(radiusMetres / grid.MetresPerSampleEast(centreRow));
        var rowReach = (int)Math.Ceiling(radiusMetres / grid.MetresPerSampleNorth(centreRow));
        var firstRow = Math.Max(0, (int)Math.Floor(v) - rowReach);
        var lastRow = Math.Min(grid.Height - 1, (int)Math.Ceiling(v) + rowReach);
        var firstColumn = Math.Max(0, (int)Math.Floor(u) - columnReach);
        var lastColumn = Math.Min(grid.Width - 1, (int)Math.Ceiling(u) + columnReach);

        var best = (U: u, V: v);
        var bestElevation = float.NegativeInfinity;
        var bestDistance = double.PositiveInfinity;
        for (var row = firstRow; row <= lastRow; row++)
        {
            for (var column = firstColumn; column <= lastColumn; column++)
            {
                var elevation = grid[row, column];
                if (float.IsNaN(elevation) || elevation < bestElevation)
                {
                    continue;
                }

                var distance = grid.DistanceMetres(u, v, column, row);
                if (distance > radiusMetres || (elevation == bestElevation && distance >= bestDistance))
                {
                    continue;
                }

                best = (column, row);
                bestElevation = elevation;
                bestDistance = distance;
            }
        }

        return best;
    }
}
