namespace TerrainDescent.Core.Terrain;

/// <summary>
/// An affine map from pixel space to the grid's coordinate reference system, in GDAL's convention:
/// <c>x = OriginX + column·PixelWidth</c>, <c>y = OriginY + row·PixelHeight</c>, where (column, row) = (0, 0)
/// is the outer corner of the top-left cell. <see cref="PixelHeight"/> is negative for north-up grids.
/// Rotated grids are not modelled: their readers reject them.
/// </summary>
/// <param name="OriginX">X (longitude in degrees, or easting in metres) of the top-left corner.</param>
/// <param name="PixelWidth">Cell width in CRS units; positive.</param>
/// <param name="OriginY">Y (latitude in degrees, or northing in metres) of the top-left corner.</param>
/// <param name="PixelHeight">Cell height in CRS units; negative for north-up grids.</param>
public readonly record struct GeoTransform(double OriginX, double PixelWidth, double OriginY, double PixelHeight)
{
    /// <summary>CRS x of a (fractional) pixel-space column, measured from the grid's left edge.</summary>
    public double X(double column) => OriginX + column * PixelWidth;

    /// <summary>CRS y of a (fractional) pixel-space row, measured from the grid's top edge.</summary>
    public double Y(double row) => OriginY + row * PixelHeight;

    /// <summary>The pixel-space column of a CRS x.</summary>
    public double Column(double x) => (x - OriginX) / PixelWidth;

    /// <summary>The pixel-space row of a CRS y.</summary>
    public double Row(double y) => (y - OriginY) / PixelHeight;

    /// <summary>Returns the six GDAL coefficients, rotation terms zero.</summary>
    public double[] ToGdalArray() => [OriginX, PixelWidth, 0.0, OriginY, 0.0, PixelHeight];
}
