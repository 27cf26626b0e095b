namespace TerrainDescent.Core.Terrain.Tiles;

/// <summary>
/// One global grid of samples for one resolution and CRS: global column u and row v (fractional between samples)
/// map to CRS x and y by one formula of the index (<see cref="SampleAxis"/>; rows run southwards, so
/// <c>y = −axisY(v)</c>), and so does every metres-per-sample scale. Every tile on the lattice, and every path, uses
/// these formulas, so no result depends on which tiles happen to be loaded or on a mosaic origin.
/// </summary>
/// <remarks>
/// The per-row scales <c>mx(v) = Δx·m/°lon(φ(v))</c> and <c>my(v) = Δy·m/°lat(φ(v))</c> (WGS84, see
/// <see cref="EarthScale"/>) are tabulated over the rows the lattice's tiles cover, with the same values the formula
/// gives; rows beyond the table are computed directly. Immutable and thread-safe.
/// </remarks>
public sealed class SampleLattice
{
    private const int TableMarginRows = 8;
    private readonly int _firstTableRow;
    private readonly double[] _metresEast;
    private readonly double[] _metresNorth;
    private readonly float[] _inverseTwoEast;
    private readonly float[] _inverseTwoNorth;

    /// <summary>Creates the lattice and tabulates its row scales for rows <paramref name="firstRow"/>..<paramref name="lastRow"/>.</summary>
    public SampleLattice(CoordinateKind kind, SampleAxis axisX, SampleAxis axisY, int firstRow, int lastRow)
    {
        Kind = kind;
        AxisX = axisX;
        AxisY = axisY;
        _firstTableRow = firstRow - TableMarginRows;
        var rows = Math.Max(0, lastRow - firstRow + 1 + 2 * TableMarginRows);
        _metresEast = new double[rows];
        _metresNorth = new double[rows];
        _inverseTwoEast = new float[rows];
        _inverseTwoNorth = new float[rows];
        for (var i = 0; i < rows; i++)
        {
            var row = _firstTableRow + i;
            _metresEast[i] = ComputeMetresEast(row);
            _metresNorth[i] = ComputeMetresNorth(row);
            _inverseTwoEast[i] = 1.0f / (float)(2.0 * _metresEast[i]);
            _inverseTwoNorth[i] = 1.0f / (float)(2.0 * _metresNorth[i]);
        }

        Scales = new RowScaleTable(_firstTableRow, _metresEast, _metresNorth, _inverseTwoEast, _inverseTwoNorth);
    }

    /// <summary>The tabulated row scales, for loops that read them without a call per row.</summary>
    internal RowScaleTable Scales { get; }

    /// <summary>Whether CRS units are degrees or metres.</summary>
    public CoordinateKind Kind { get; }

    /// <summary>The column axis (x).</summary>
    public SampleAxis AxisX { get; }

    /// <summary>The row axis (−y: rows run southwards).</summary>
    public SampleAxis AxisY { get; }

    /// <summary>CRS x (longitude or easting) of fractional global column <paramref name="u"/>.</summary>
    public double XOf(double u) => AxisX.Coordinate(u);

    /// <summary>CRS y (latitude or northing) of fractional global row <paramref name="v"/>.</summary>
    public double YOf(double v) => -AxisY.Coordinate(v);

    /// <summary>Fractional global column of CRS x.</summary>
    public double UOf(double x) => AxisX.Index(x);

    /// <summary>Fractional global row of CRS y.</summary>
    public double VOf(double y) => AxisY.Index(-y);

    /// <summary>Ground metres of one sample step east on global row <paramref name="row"/>.</summary>
    public double MetresPerSampleEast(int row)
    {
        var i = row - _firstTableRow;
        return (uint)i < (uint)_metresEast.Length ? _metresEast[i] : ComputeMetresEast(row);
    }

    /// <summary>Ground metres of one sample step north on global row <paramref name="row"/>.</summary>
    public double MetresPerSampleNorth(int row)
    {
        var i = row - _firstTableRow;
        return (uint)i < (uint)_metresNorth.Length ? _metresNorth[i] : ComputeMetresNorth(row);
    }

    /// <summary>Metres per sample east at fractional row <paramref name="v"/>, linear between rows.</summary>
    public double MetresPerSampleEast(double v)
    {
        var row = (int)Math.Floor(v);
        var t = v - row;
        var here = MetresPerSampleEast(row);
        return t == 0 ? here : here + t * (MetresPerSampleEast(row + 1) - here);
    }

    /// <summary>Metres per sample north at fractional row <paramref name="v"/>, linear between rows.</summary>
    public double MetresPerSampleNorth(double v)
    {
        var row = (int)Math.Floor(v);
        var t = v - row;
        var here = MetresPerSampleNorth(row);
        return t == 0 ? here : here + t * (MetresPerSampleNorth(row + 1) - here);
    }

    /// <summary><c>1 / (2·mx(row))</c> in float32, the factor of the east central difference on that row.</summary>
    public float InverseTwoMetresEast(int row)
    {
        var i = row - _firstTableRow;
        return (uint)i < (uint)_inverseTwoEast.Length ? _inverseTwoEast[i] : 1.0f / (float)(2.0 * ComputeMetresEast(row));
    }

    /// <summary><c>1 / (2·my(row))</c> in float32, the factor of the north central difference on that row.</summary>
    public float InverseTwoMetresNorth(int row)
    {
        var i = row - _firstTableRow;
        return (uint)i < (uint)_inverseTwoNorth.Length ? _inverseTwoNorth[i] : 1.0f / (float)(2.0 * ComputeMetresNorth(row));
    }

    /// <summary>
    /// Ground distance in metres between two nearby fractional sample positions: the local equirectangular
    /// approximation at their mean row, <c>√((Δu·mx(v̄))² + (Δv·my(v̄))²)</c>, as <see cref="EarthScale.DistanceMetres"/>
    /// computes it at the mean latitude, with the scales read from the row table instead of five cosines.
    /// </summary>
    public double DistanceMetres(double u1, double v1, double u2, double v2)
    {
        var meanRow = 0.5 * (v1 + v2);
        var east = (u2 - u1) * MetresPerSampleEast(meanRow);
        var north = (v2 - v1) * MetresPerSampleNorth(meanRow);
        return Math.Sqrt(east * east + north * north);
    }

    /// <summary>Whether <paramref name="other"/> is the same global grid (kind, spacing and phase).</summary>
    public bool SameGrid(SampleLattice other) => Kind == other.Kind && AxisX.SameLattice(other.AxisX) && AxisY.SameLattice(other.AxisY);

    private double ComputeMetresEast(int row) => Kind == CoordinateKind.Geographic
        ? AxisX.Step * EarthScale.MetresPerDegreeLongitude(YOf(row))
        : AxisX.Step;

    private double ComputeMetresNorth(int row) => Kind == CoordinateKind.Geographic
        ? AxisY.Step * EarthScale.MetresPerDegreeLatitude(YOf(row))
        : AxisY.Step;
}
