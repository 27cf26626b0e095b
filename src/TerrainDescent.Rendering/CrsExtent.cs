using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Rendering;

/// <summary>A rectangle in a raster's CRS (degrees for lon/lat, metres for projected), west &lt; east, south &lt; north.</summary>
/// <param name="West">Western edge, CRS units.</param>
/// <param name="South">Southern edge, CRS units.</param>
/// <param name="East">Eastern edge, CRS units.</param>
/// <param name="North">Northern edge, CRS units.</param>
public readonly record struct CrsExtent(double West, double South, double East, double North)
{
    /// <summary>Width, CRS units.</summary>
    public double Width => East - West;

    /// <summary>Height, CRS units.</summary>
    public double Height => North - South;

    /// <summary>The smallest extent holding every point of <paramref name="points"/> (at least one).</summary>
    public static CrsExtent Around(IEnumerable<(double X, double Y)> points)
    {
        var (west, south, east, north) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        foreach (var (x, y) in points)
        {
            (west, east) = (Math.Min(west, x), Math.Max(east, x));
            (south, north) = (Math.Min(south, y), Math.Max(north, y));
        }

        if (west > east)
        {
            throw new ArgumentException("an extent needs at least one point", nameof(points));
        }

        return new CrsExtent(west, south, east, north);
    }

    /// <summary>
    /// The extent widened by <paramref name="marginFraction"/> of its larger ground side on every side, and to at
    /// least <paramref name="minimumGroundMetres"/> across each way, about the same centre.
    /// </summary>
    public CrsExtent WithMargin(double marginFraction, double minimumGroundMetres, CoordinateKind kind)
    {
        var (metresEast, metresNorth) = MetresPerUnit(kind);
        var groundWidth = Math.Max(Width * metresEast, Height * metresNorth);
        var halfMetres = minimumGroundMetres / 2;
        var halfWidth = Math.Max(Width / 2 + groundWidth * marginFraction / metresEast, halfMetres / metresEast);
        var halfHeight = Math.Max(Height / 2 + groundWidth * marginFraction / metresNorth, halfMetres / metresNorth);
        var (x, y) = ((West + East) / 2, (South + North) / 2);
        return new CrsExtent(x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight);
    }

    /// <summary>Ground metres per CRS unit east and north at the extent's middle latitude (1 for projected metres).</summary>
    public (double East, double North) MetresPerUnit(CoordinateKind kind)
    {
        if (kind != CoordinateKind.Geographic)
        {
            return (1, 1);
        }

        var latitude = (South + North) / 2;
        return (EarthScale.MetresPerDegreeLongitude(latitude), EarthScale.MetresPerDegreeLatitude(latitude));
    }
}
