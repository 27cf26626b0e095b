namespace TerrainDescent.Core.Terrain;

/// <summary>Summary figures of a grid: elevation range, voids, and the share below a sea-level threshold.</summary>
/// <param name="MinimumMetres">Lowest valid elevation (NaN when every sample is void).</param>
/// <param name="MaximumMetres">Highest valid elevation (NaN when every sample is void).</param>
/// <param name="VoidCount">Number of void samples.</param>
/// <param name="BelowSeaLevelCount">Number of valid samples below the threshold.</param>
public readonly record struct GridStatistics(double MinimumMetres, double MaximumMetres, long VoidCount, long BelowSeaLevelCount)
{
    /// <summary>Computes the figures of <paramref name="grid"/> with threshold <paramref name="seaLevelMetres"/>.</summary>
    public static GridStatistics Compute(ElevationGrid grid, double seaLevelMetres)
    {
        var minimum = float.PositiveInfinity;
        var maximum = float.NegativeInfinity;
        long voids = 0;
        long below = 0;
        foreach (var z in grid.Elevations)
        {
            if (float.IsNaN(z))
            {
                voids++;
                continue;
            }

            minimum = Math.Min(minimum, z);
            maximum = Math.Max(maximum, z);
            if (z < seaLevelMetres)
            {
                below++;
            }
        }

        return voids == grid.Elevations.Length
            ? new GridStatistics(double.NaN, double.NaN, voids, 0)
            : new GridStatistics(minimum, maximum, voids, below);
    }
}
