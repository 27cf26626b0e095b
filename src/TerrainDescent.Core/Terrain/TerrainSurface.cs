namespace TerrainDescent.Core.Terrain;

/// <summary>
/// A continuous elevation surface over an <see cref="ElevationGrid"/>: bilinear elevation and a bilinear
/// blend of the per-sample metric slopes of its <see cref="GradientField"/>, at any fractional sample position.
/// </summary>
/// <remarks>
/// Both are NaN wherever any of the four surrounding samples is void (or has no slope), so a path that
/// reaches a void stops there instead of being carried across it. Immutable and safe to share between threads.
/// </remarks>
public sealed class TerrainSurface
{
    /// <summary>Builds the surface and computes its slope field once.</summary>
    public TerrainSurface(ElevationGrid grid)
    {
        Grid = grid;
        Slopes = GradientField.Compute(grid);
    }

    /// <summary>The samples.</summary>
    public ElevationGrid Grid { get; }

    /// <summary>The per-sample slopes.</summary>
    public GradientField Slopes { get; }

    /// <summary>Bilinear elevation in metres at sample position (u, v); NaN outside the grid or beside a void.</summary>
    public double ElevationAt(double u, double v)
    {
        if (!TryCell(u, v, out var index, out var fu, out var fv))
        {
            return double.NaN;
        }

        return Bilinear(Grid.Elevations, index, Grid.Width, fu, fv);
    }

    /// <summary>
    /// Metric slope (∂z/∂east, ∂z/∂north), metres per metre, at sample position (u, v): the bilinear blend of
    /// the four surrounding per-sample slopes. NaN components outside the grid or beside a void.
    /// </summary>
    public (double EastSlope, double NorthSlope) GradientAt(double u, double v)
    {
        if (!TryCell(u, v, out var index, out var fu, out var fv))
        {
            return (double.NaN, double.NaN);
        }

        return (Bilinear(Slopes.EastSlopes, index, Grid.Width, fu, fv), Bilinear(Slopes.NorthSlopes, index, Grid.Width, fu, fv));
    }

    /// <summary>Elevation in metres at a CRS position (longitude/latitude in degrees, or metres).</summary>
    public double ElevationAtCrs(double x, double y) => ElevationAt(Grid.UOf(x), Grid.VOf(y));

    /// <summary>Metric slope at a CRS position.</summary>
    public (double EastSlope, double NorthSlope) GradientAtCrs(double x, double y) => GradientAt(Grid.UOf(x), Grid.VOf(y));

    /// <summary>
    /// Locates the cell holding (u, v): the index of its top-left sample and the fractions within it.
    /// The last row and column belong to the cell before them, so the far edges are inside.
    /// </summary>
    private bool TryCell(double u, double v, out int index, out double fu, out double fv)
    {
        if (!Grid.Contains(u, v))
        {
            index = 0;
            fu = fv = 0;
            return false;
        }

        var column = Math.Min((int)u, Grid.Width - 2);
        var row = Math.Min((int)v, Grid.Height - 2);
        fu = u - column;
        fv = v - row;
        index = row * Grid.Width + column;
        return true;
    }

    private static double Bilinear(ReadOnlySpan<float> values, int index, int width, double fu, double fv)
    {
        double topLeft = values[index];
        double topRight = values[index + 1];
        double bottomLeft = values[index + width];
        double bottomRight = values[index + width + 1];
        var top = topLeft + fu * (topRight - topLeft);
        var bottom = bottomLeft + fu * (bottomRight - bottomLeft);
        return top + fv * (bottom - top);
    }
}
