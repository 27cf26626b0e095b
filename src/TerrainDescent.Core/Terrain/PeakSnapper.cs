namespace TerrainDescent.Core.Terrain;

/// <summary>
/// Moves a start to the highest valid sample within a ground radius: "descend from the chosen peak" when the
/// click or the coordinates are only near the summit.
/// </summary>
public static class PeakSnapper
{
    /// <summary>
    /// The global sample position of the highest non-void sample within <paramref name="radiusMetres"/> of (u, v),
    /// across tiles. Ties go to the nearer sample, then to the one first in row-major order, so the result is
    /// deterministic. Returns (u, v) unchanged when the radius is zero or no valid sample is in reach.
    /// </summary>
    public static (double U, double V) Snap(TerrainSurface surface, double u, double v, double radiusMetres)
    {
        if (!(radiusMetres > 0) || !double.IsFinite(u) || !double.IsFinite(v) || Math.Abs(u) > 1e9 || Math.Abs(v) > 1e9)
        {
            return (u, v);
        }

        var lattice = surface.Lattice;
        var centreRow = (int)Math.Round(v);
        var columnReach = (int)Math.Min(1_000_000, Math.Ceiling(radiusMetres / lattice.MetresPerSampleEast(centreRow)));
        var rowReach = (int)Math.Min(1_000_000, Math.Ceiling(radiusMetres / lattice.MetresPerSampleNorth(centreRow)));
        var firstRow = (int)Math.Floor(v) - rowReach;
        var lastRow = (int)Math.Ceiling(v) + rowReach;
        var firstColumn = (int)Math.Floor(u) - columnReach;
        var lastColumn = (int)Math.Ceiling(u) + columnReach;

        var best = (U: u, V: v);
        var bestElevation = float.NegativeInfinity;
        var bestDistance = double.PositiveInfinity;
        using var reader = surface.OpenReader();
        for (var row = firstRow; row <= lastRow; row++)
        {
            for (var column = firstColumn; column <= lastColumn; column++)
            {
                var elevation = reader.Sample(column, row);
                if (float.IsNaN(elevation) || elevation < bestElevation)
                {
                    continue;
                }

                var distance = lattice.DistanceMetres(u, v, column, row);
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
