using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Rendering;

/// <summary>
/// A picture of a CRS rectangle with pixels evenly spaced in CRS units: an equirectangular picture for lon/lat
/// data, a plain one for projected metres. <see cref="GroundShaped"/> makes its pixels square on the ground.
/// </summary>
public sealed class LinearView : IMapView
{
    private readonly double _metresPerUnitEast;

    /// <summary>A <paramref name="width"/> × <paramref name="height"/> picture of <paramref name="extent"/>.</summary>
    public LinearView(CrsExtent extent, int width, int height, CoordinateKind kind)
    {
        if (width < 1 || height < 1 || !(extent.Width > 0) || !(extent.Height > 0))
        {
            throw new ArgumentException($"a view needs a positive size and extent, not {width}×{height} over {extent}");
        }

        Extent = extent;
        Width = width;
        Height = height;
        _metresPerUnitEast = extent.MetresPerUnit(kind).East;
    }

    /// <summary>The CRS rectangle pictured: the outer edges of the picture.</summary>
    public CrsExtent Extent { get; }

    /// <inheritdoc />
    public int Width { get; }

    /// <inheritdoc />
    public int Height { get; }

    /// <inheritdoc />
    public double MetresPerPixel => Extent.Width / Width * _metresPerUnitEast;

    /// <summary>
    /// A view of <paramref name="extent"/> whose pixels are square on the ground at its middle latitude, the longer
    /// side <paramref name="longSidePixels"/>.
    /// </summary>
    public static LinearView GroundShaped(CrsExtent extent, CoordinateKind kind, int longSidePixels)
    {
        var (east, north) = extent.MetresPerUnit(kind);
        var (groundWidth, groundHeight) = (extent.Width * east, extent.Height * north);
        var scale = longSidePixels / Math.Max(groundWidth, groundHeight);
        return new LinearView(extent, Math.Max(1, (int)Math.Round(groundWidth * scale)), Math.Max(1, (int)Math.Round(groundHeight * scale)), kind);
    }

    /// <inheritdoc />
    public (double X, double Y) CrsAt(double x, double y) =>
        (Extent.West + x * Extent.Width / Width, Extent.North - y * Extent.Height / Height);

    /// <inheritdoc />
    public (double X, double Y) PixelOf(double x, double y) =>
        ((x - Extent.West) * Width / Extent.Width, (Extent.North - y) * Height / Extent.Height);
}
