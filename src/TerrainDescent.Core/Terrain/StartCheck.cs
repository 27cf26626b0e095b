namespace TerrainDescent.Core.Terrain;

/// <summary>Whether a start position can be descended from, and if not, why, in one line for the user.</summary>
public static class StartCheck
{
    /// <summary>
    /// Null when (x, y) — longitude/latitude or metres in the surface's CRS — lies on valid data or its nearest sample
    /// is valid (<see cref="TerrainDescender.ResolveStart"/> moves it there); otherwise a one-line reason naming the
    /// position and the data's bounds.
    /// </summary>
    public static string? Problem(TerrainSurface surface, double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y) || !surface.IsOnData(x, y))
        {
            return FormattableString.Invariant(
                $"start {Describe(surface.Kind, x, y)} is outside the data, which covers {surface.DescribeBounds()}");
        }

        var (u, v) = (surface.Lattice.UOf(x), surface.Lattice.VOf(y));
        if (double.IsNaN(surface.ElevationAt(u, v)) && !TerrainDescender.NearestSampleIsValid(surface, u, v))
        {
            return FormattableString.Invariant($"start {Describe(surface.Kind, x, y)} is in a void (no elevation data)");
        }

        return null;
    }

    /// <summary>Human-readable position: "lat 52.61750, lon -6.77970" or "x 500000.0, y 4100000.0".</summary>
    public static string Describe(CoordinateKind kind, double x, double y) => kind == CoordinateKind.Geographic
        ? FormattableString.Invariant($"lat {y:F5}, lon {x:F5}")
        : FormattableString.Invariant($"x {x:F1}, y {y:F1}");

    /// <summary>Human-readable position on <paramref name="grid"/>'s CRS.</summary>
    public static string Describe(ElevationGrid grid, double x, double y) => Describe(grid.Kind, x, y);

    /// <summary>The span of sample centres, as lat/lon or x/y ranges.</summary>
    public static string Bounds(ElevationGrid grid)
    {
        var west = grid.XOf(0);
        var east = grid.XOf(grid.Width - 1);
        var north = grid.YOf(0);
        var south = grid.YOf(grid.Height - 1);
        return grid.Kind == CoordinateKind.Geographic
            ? FormattableString.Invariant($"lat {south:F5}..{north:F5}, lon {west:F5}..{east:F5}")
            : FormattableString.Invariant($"x {west:F1}..{east:F1}, y {south:F1}..{north:F1}");
    }
}
