using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Rendering;

/// <summary>
/// One XYZ map tile (256 × 256 pixels, Web Mercator, z/x/y numbered as OpenStreetMap does) over lon/lat surfaces.
/// </summary>
public sealed class WebMercatorTileView : IMapView
{
    /// <summary>Pixels per side of a tile.</summary>
    public const int TileSizePixels = 256;

    /// <summary>The deepest zoom served.</summary>
    public const int MaxZoom = 18;

    /// <summary>The tile (z, x, y); throws <see cref="ArgumentOutOfRangeException"/> when it is not on the grid.</summary>
    public WebMercatorTileView(int z, int x, int y)
    {
        if (!IsValid(z, x, y))
        {
            throw new ArgumentOutOfRangeException(nameof(z), $"no map tile {z}/{x}/{y}");
        }

        (Z, X, Y) = (z, x, y);
    }

    /// <summary>Zoom level.</summary>
    public int Z { get; }

    /// <summary>Column, from the antimeridian eastwards.</summary>
    public int X { get; }

    /// <summary>Row, from the north edge of the Mercator square southwards.</summary>
    public int Y { get; }

    /// <inheritdoc />
    public int Width => TileSizePixels;

    /// <inheritdoc />
    public int Height => TileSizePixels;

    /// <inheritdoc />
    public double MetresPerPixel =>
        EarthScale.MetresPerDegreeLongitude(Latitude(Y + 0.5)) * 360.0 / ((1 << Z) * (double)TileSizePixels);

    /// <summary>The tile's edges in degrees (west, south, east, north).</summary>
    public CrsExtent Bounds => new(Longitude(X), Latitude(Y + 1), Longitude(X + 1), Latitude(Y));

    /// <summary>Whether tile (z, x, y) exists on the XYZ grid.</summary>
    public static bool IsValid(int z, int x, int y) => z >= 0 && z <= MaxZoom && x >= 0 && y >= 0 && x < 1 << z && y < 1 << z;

    /// <inheritdoc />
    public (double X, double Y) CrsAt(double x, double y) =>
        (Longitude(X + x / TileSizePixels), Latitude(Y + y / TileSizePixels));

    /// <inheritdoc />
    public (double X, double Y) PixelOf(double x, double y)
    {
        var n = 1 << Z;
        var column = (x + 180.0) / 360.0 * n;
        var radians = y * Math.PI / 180;
        var row = (1 - Math.Log(Math.Tan(radians) + 1 / Math.Cos(radians)) / Math.PI) / 2 * n;
        return ((column - X) * TileSizePixels, (row - Y) * TileSizePixels);
    }

    /// <summary>Longitude of the western edge of fractional XYZ column <paramref name="column"/>.</summary>
    private double Longitude(double column) => column / (1 << Z) * 360.0 - 180.0;

    /// <summary>Latitude of the northern edge of fractional XYZ row <paramref name="row"/> (inverse Web Mercator).</summary>
    private double Latitude(double row) => Math.Atan(Math.Sinh(Math.PI * (1 - 2 * row / (1 << Z)))) * 180.0 / Math.PI;
}
