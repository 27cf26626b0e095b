using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Web.Rendering;

/// <summary>
/// A picture of a whole grid: <see cref="Width"/> × <see cref="Height"/> pixels spanning the grid's outer cell
/// edges, so picture pixel (0, 0) starts at the grid's top-left corner. Maps CRS positions to picture pixels and
/// picture pixels to the nearest sample.
/// </summary>
/// <param name="Width">Picture width, pixels.</param>
/// <param name="Height">Picture height, pixels.</param>
/// <param name="Grid">The grid pictured.</param>
public sealed record ImageFrame(int Width, int Height, ElevationGrid Grid)
{
    /// <summary>
    /// A frame in the grid's own pixel shape (for the web map, which reprojects it), no side longer than
    /// <paramref name="maxSidePixels"/>: the grid's size when it fits, otherwise scaled down.
    /// </summary>
    public static ImageFrame GridShaped(ElevationGrid grid, int maxSidePixels)
    {
        var scale = Math.Min(1.0, maxSidePixels / (double)Math.Max(grid.Width, grid.Height));
        return new ImageFrame(Math.Max(1, (int)Math.Round(grid.Width * scale)), Math.Max(1, (int)Math.Round(grid.Height * scale)), grid);
    }

    /// <summary>
    /// A frame whose pixels are square on the ground at the grid's middle row (an equirectangular picture with its
    /// standard parallel through the middle, for a lat/lon grid), the longer side <paramref name="longSidePixels"/>.
    /// </summary>
    public static ImageFrame GroundShaped(ElevationGrid grid, int longSidePixels)
    {
        var middle = grid.Height / 2;
        var groundWidth = grid.Width * grid.MetresPerSampleEast(middle);
        var groundHeight = grid.Height * grid.MetresPerSampleNorth(middle);
        var scale = longSidePixels / Math.Max(groundWidth, groundHeight);
        return new ImageFrame(Math.Max(1, (int)Math.Round(groundWidth * scale)), Math.Max(1, (int)Math.Round(groundHeight * scale)), grid);
    }

    /// <summary>The CRS extent covered (west, south, east, north): the grid's outer cell edges.</summary>
    public (double West, double South, double East, double North) Extent
    {
        get
        {
            var t = Grid.Transform;
            return (t.X(0), t.Y(Grid.Height), t.X(Grid.Width), t.Y(0));
        }
    }

    /// <summary>The continuous picture position (x right, y down, in pixels) of CRS position (x, y).</summary>
    public (double X, double Y) PixelOf(double x, double y) =>
        (Grid.Transform.Column(x) * Width / Grid.Width, Grid.Transform.Row(y) * Height / Grid.Height);

    /// <summary>The (row, column) of the sample whose cell holds the centre of picture pixel (x, y).</summary>
    public (int Row, int Column) SampleAt(int x, int y) =>
        (Math.Min(Grid.Height - 1, (int)((y + 0.5) * Grid.Height / Height)), Math.Min(Grid.Width - 1, (int)((x + 0.5) * Grid.Width / Width)));
}
