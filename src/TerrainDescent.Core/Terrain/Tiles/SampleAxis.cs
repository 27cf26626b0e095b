namespace TerrainDescent.Core.Terrain.Tiles;

/// <summary>
/// One axis of a global sample lattice: the coordinate of global sample index k is
/// <c>(k + Phase) / SamplesPerUnit</c> when a whole number of samples spans one CRS unit (a degree, for SRTM's
/// 1200 or 3600), which keeps whole-degree lines exact, and <c>(k + Phase) · Step</c> otherwise. Index 0 sits at
/// coordinate <c>Phase</c> samples from the CRS origin, so a tile's place never depends on which other tiles exist.
/// </summary>
/// <param name="Phase">Offset of the lattice from the CRS origin, in samples, in [0, 1).</param>
/// <param name="Step">Sample spacing in CRS units; positive.</param>
/// <param name="SamplesPerUnit">Samples per CRS unit when that is a whole number, otherwise 0.</param>
public readonly record struct SampleAxis(double Phase, double Step, int SamplesPerUnit)
{
    /// <summary>How close to a whole number a spacing or phase must be to count as one (relative to a sample).</summary>
    public const double AlignmentToleranceSamples = 1e-6;

    /// <summary>The CRS coordinate of fractional global index <paramref name="index"/>.</summary>
    public double Coordinate(double index) => SamplesPerUnit > 0 ? (index + Phase) / SamplesPerUnit : (index + Phase) * Step;

    /// <summary>The fractional global index of CRS coordinate <paramref name="coordinate"/>.</summary>
    public double Index(double coordinate) => SamplesPerUnit > 0 ? coordinate * SamplesPerUnit - Phase : coordinate / Step - Phase;

    /// <summary>
    /// The axis through a sample at <paramref name="sampleCoordinate"/> with spacing <paramref name="step"/>, and
    /// that sample's global index. Spacings within 1e-9 of 1/N use the exact whole-number form.
    /// </summary>
    public static (SampleAxis Axis, int Index) Through(double sampleCoordinate, double step)
    {
        var perUnit = Math.Round(1.0 / step);
        var whole = perUnit >= 1 && perUnit <= int.MaxValue && Math.Abs(perUnit * step - 1.0) < 1e-9;
        var position = whole ? sampleCoordinate * perUnit : sampleCoordinate / step;
        var nearest = Math.Round(position);
        var phase = position - nearest;
        if (Math.Abs(phase) < AlignmentToleranceSamples)
        {
            phase = 0;
        }
        else if (phase < 0)
        {
            phase += 1;
            nearest -= 1;
        }

        if (!(Math.Abs(nearest) < int.MaxValue / 4.0))
        {
            throw new ArgumentException(FormattableString.Invariant($"coordinate {sampleCoordinate} is too far from the origin for a sample lattice of step {step}"));
        }

        return (new SampleAxis(phase, whole ? 1.0 / perUnit : step, whole ? (int)perUnit : 0), (int)nearest);
    }

    /// <summary>Whether two axes are the same lattice (same spacing and phase, to the alignment tolerance).</summary>
    public bool SameLattice(SampleAxis other) =>
        SamplesPerUnit == other.SamplesPerUnit
        && Math.Abs(Step - other.Step) <= 1e-9 * Step
        && Math.Abs(Phase - other.Phase) < 2 * AlignmentToleranceSamples;
}
