namespace TerrainDescent.Core.Terrain;

/// <summary>
/// A north-up raster of elevations in metres, row-major from the northern (top) row.
/// Voids are <see cref="float.NaN"/>: readers convert the band's nodata value (−32768 for SRTM) to NaN,
/// and nothing in the engine interpolates across them.
/// </summary>
/// <remarks>
/// Sample (row, column) is the value at the centre of its cell, so its CRS position is
/// <c>GeoTransform.X(column + 0.5)</c>, <c>GeoTransform.Y(row + 0.5)</c>. For an SRTM tile that puts the
/// first and last samples exactly on the whole-degree edges. Positions inside the engine are fractional
/// "sample coordinates" (u = column, v = row) in that sense.
/// </remarks>
public sealed class ElevationGrid
{
    private readonly float[] _elevationsMetres;
    private readonly double[] _metresPerSampleEast;
    private readonly double[] _metresPerSampleNorth;

    /// <summary>Creates a grid over <paramref name="elevationsMetres"/> (not copied; NaN marks voids).</summary>
    public ElevationGrid(int width, int height, float[] elevationsMetres, GeoTransform transform, CoordinateKind kind, string sourceName = "")
    {
        if (width < 2 || height < 2)
        {
            throw new ArgumentException($"A grid needs at least 2×2 samples, not {width}×{height}.");
        }

        if (elevationsMetres.Length != (long)width * height)
        {
            throw new ArgumentException($"Expected {(long)width * height} samples, got {elevationsMetres.Length}.");
        }

        if (!(transform.PixelWidth > 0) || !(transform.PixelHeight < 0))
        {
            throw new ArgumentException("Only north-up grids (positive pixel width, negative pixel height) are supported.");
        }

        Width = width;
        Height = height;
        _elevationsMetres = elevationsMetres;
        Transform = transform;
        Kind = kind;
        SourceName = sourceName;
        (_metresPerSampleEast, _metresPerSampleNorth) = BuildRowScales();
    }

    /// <summary>Number of columns.</summary>
    public int Width { get; }

    /// <summary>Number of rows.</summary>
    public int Height { get; }

    /// <summary>Pixel-to-CRS transform.</summary>
    public GeoTransform Transform { get; }

    /// <summary>Whether CRS units are degrees or metres.</summary>
    public CoordinateKind Kind { get; }

    /// <summary>A name for messages and output, for example the file name.</summary>
    public string SourceName { get; }

    /// <summary>The samples, row-major from the top row; NaN marks a void.</summary>
    public ReadOnlySpan<float> Elevations => _elevationsMetres;

    /// <summary>The samples array itself, for adapters in this assembly that must not copy it.</summary>
    internal float[] Samples => _elevationsMetres;

    /// <summary>Elevation in metres of a sample; NaN for a void.</summary>
    public float this[int row, int column] => _elevationsMetres[row * Width + column];

    /// <summary>Ground length in metres of one sample step east–west on <paramref name="row"/>.</summary>
    public double MetresPerSampleEast(int row) => _metresPerSampleEast[row];

    /// <summary>Ground length in metres of one sample step north–south on <paramref name="row"/>.</summary>
    public double MetresPerSampleNorth(int row) => _metresPerSampleNorth[row];

    /// <summary>Metres per sample east at a fractional row (linear between rows, clamped at the edges).</summary>
    public double MetresPerSampleEast(double v) => InterpolateRow(_metresPerSampleEast, v);

    /// <summary>Metres per sample north at a fractional row (linear between rows, clamped at the edges).</summary>
    public double MetresPerSampleNorth(double v) => InterpolateRow(_metresPerSampleNorth, v);

    /// <summary>CRS x (longitude or easting) of fractional sample column <paramref name="u"/>.</summary>
    public double XOf(double u) => Transform.X(u + 0.5);

    /// <summary>CRS y (latitude or northing) of fractional sample row <paramref name="v"/>.</summary>
    public double YOf(double v) => Transform.Y(v + 0.5);

    /// <summary>Fractional sample column of CRS x.</summary>
    public double UOf(double x) => Transform.Column(x) - 0.5;

    /// <summary>Fractional sample row of CRS y.</summary>
    public double VOf(double y) => Transform.Row(y) - 0.5;

    /// <summary>
    /// Whether a fractional sample position lies within the span of samples, to within
    /// <see cref="EdgeToleranceSamples"/>: a position on the outer sample line given in CRS units, such as latitude
    /// 53.0 on an SRTM tile, round-trips to u or v a few ulps outside and still counts as inside.
    /// </summary>
    public bool Contains(double u, double v) =>
        u >= -EdgeToleranceSamples && v >= -EdgeToleranceSamples
        && u <= Width - 1 + EdgeToleranceSamples && v <= Height - 1 + EdgeToleranceSamples;

    /// <summary>How far outside the outer samples, in samples, a position still counts as on the grid (1e-9).</summary>
    public const double EdgeToleranceSamples = 1e-9;

    /// <summary>Ground distance in metres between two fractional sample positions (short distances).</summary>
    public double DistanceMetres(double u1, double v1, double u2, double v2)
    {
        if (Kind == CoordinateKind.Geographic)
        {
            return EarthScale.DistanceMetres(XOf(u1), YOf(v1), XOf(u2), YOf(v2));
        }

        var east = (u2 - u1) * Transform.PixelWidth;
        var north = (v2 - v1) * Transform.PixelHeight;
        return Math.Sqrt(east * east + north * north);
    }

    private (double[] East, double[] North) BuildRowScales()
    {
        var east = new double[Height];
        var north = new double[Height];
        for (var row = 0; row < Height; row++)
        {
            if (Kind == CoordinateKind.Geographic)
            {
                var latitude = YOf(row);
                east[row] = Transform.PixelWidth * EarthScale.MetresPerDegreeLongitude(latitude);
                north[row] = -Transform.PixelHeight * EarthScale.MetresPerDegreeLatitude(latitude);
            }
            else
            {
                east[row] = Transform.PixelWidth;
                north[row] = -Transform.PixelHeight;
            }
        }

        return (east, north);
    }

    private static double InterpolateRow(double[] perRow, double v)
    {
        if (v <= 0)
        {
            return perRow[0];
        }

        var last = perRow.Length - 1;
        if (v >= last)
        {
            return perRow[last];
        }

        var row = (int)v;
        var t = v - row;
        return perRow[row] + t * (perRow[row + 1] - perRow[row]);
    }
}
