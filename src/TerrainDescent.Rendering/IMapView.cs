namespace TerrainDescent.Rendering;

/// <summary>
/// Where a picture lies on the terrain: its size and the mapping between picture pixels (x right, y down, pixel
/// (0, 0) spanning 0..1) and positions in the CRS of the surfaces drawn. North is up.
/// </summary>
public interface IMapView
{
    /// <summary>Picture width, pixels.</summary>
    int Width { get; }

    /// <summary>Picture height, pixels.</summary>
    int Height { get; }

    /// <summary>Ground metres across one pixel east–west in the middle of the picture, for the scale bar.</summary>
    double MetresPerPixel { get; }

    /// <summary>The CRS position of continuous picture position (x, y).</summary>
    (double X, double Y) CrsAt(double x, double y);

    /// <summary>The continuous picture position of CRS position (x, y).</summary>
    (double X, double Y) PixelOf(double x, double y);
}
