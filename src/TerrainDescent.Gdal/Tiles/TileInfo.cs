using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Gdal.Tiles;

/// <summary>
/// What a raster file's metadata says (GDAL's, or an SRTM tile's name and size), read without its samples: size, geotransform and CRS.
/// Bounds are the outer cell edges in the file's CRS (degrees or metres); an SRTM tile's edges lie half a sample
/// outside the whole-degree lines on which its edge samples sit.
/// </summary>
/// <param name="UserPath">The path as the user gave it or as found in a folder.</param>
/// <param name="GdalPath">The path GDAL opens (with any <c>/vsizip/</c> prefix).</param>
/// <param name="Width">Columns.</param>
/// <param name="Height">Rows.</param>
/// <param name="Transform">North-up pixel-to-CRS transform.</param>
/// <param name="CrsWkt">The CRS as WKT.</param>
/// <param name="Kind">Whether CRS units are degrees or metres.</param>
public sealed record TileInfo(string UserPath, string GdalPath, int Width, int Height, GeoTransform Transform, string CrsWkt, CoordinateKind Kind)
{
    /// <summary>The file name, for messages.</summary>
    public string Name => Path.GetFileName(UserPath);

    /// <summary>Whether the samples are read by <see cref="HgtTiles"/> instead of GDAL (a plain SRTM .hgt file).</summary>
    public bool ReadsDirectly { get; init; }

    /// <summary>CRS x of the western cell edge.</summary>
    public double West => Transform.OriginX;

    /// <summary>CRS x of the eastern cell edge.</summary>
    public double East => Transform.X(Width);

    /// <summary>CRS y of the northern cell edge.</summary>
    public double North => Transform.OriginY;

    /// <summary>CRS y of the southern cell edge.</summary>
    public double South => Transform.Y(Height);

    /// <summary>Samples in the file.</summary>
    public long SampleCount => (long)Width * Height;

    /// <summary>
    /// Whether the CRS position (x, y) lies within the span of sample centres, where the surface is defined.
    /// </summary>
    public bool Covers(double x, double y)
    {
        var halfWidth = 0.5 * Transform.PixelWidth;
        var halfHeight = -0.5 * Transform.PixelHeight;
        return x >= West + halfWidth && x <= East - halfWidth && y <= North - halfHeight && y >= South + halfHeight;
    }

    /// <summary>
    /// Whether this tile and <paramref name="other"/> share a CRS and overlap or touch (an edge or a corner), to
    /// within half of the coarser cell size, so that a path can step from one into the other.
    /// </summary>
    public bool Touches(TileInfo other)
    {
        if (Kind != other.Kind || !string.Equals(CrsWkt, other.CrsWkt, StringComparison.Ordinal))
        {
            return false;
        }

        var slackX = 0.5 * Math.Max(Transform.PixelWidth, other.Transform.PixelWidth);
        var slackY = 0.5 * Math.Max(-Transform.PixelHeight, -other.Transform.PixelHeight);
        return West <= other.East + slackX && other.West <= East + slackX
            && South <= other.North + slackY && other.South <= North + slackY;
    }
}
