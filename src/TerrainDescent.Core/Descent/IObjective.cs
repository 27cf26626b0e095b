namespace TerrainDescent.Core.Descent;

/// <summary>
/// A differentiable function f: Rⁿ → R that the descent methods minimise.
/// </summary>
/// <remarks>
/// Positions are in the objective's own coordinates, but gradients and displacements are in a metric
/// "step space": the gradient is the change of f per unit of displacement, and <see cref="Move"/> applies a
/// displacement. For a plain function both are the identity on Rⁿ. For terrain the position is a fractional
/// grid sample, the gradient is in metres per metre and a displacement is metres east and north on the ground,
/// so every method moves in true ground metres whatever the grid's latitude.
/// </remarks>
public interface IObjective
{
    /// <summary>Number of coordinates n.</summary>
    int Dimension { get; }

    /// <summary>f(x); NaN where f has no value.</summary>
    double Value(ReadOnlySpan<double> x);

    /// <summary>Writes ∇f(x) (per unit of displacement) into <paramref name="gradient"/>; NaN where undefined.</summary>
    void Gradient(ReadOnlySpan<double> x, Span<double> gradient);

    /// <summary>Where <paramref name="x"/> lies with respect to the domain.</summary>
    PointStatus Locate(ReadOnlySpan<double> x);

    /// <summary>Writes the position reached from <paramref name="x"/> by <paramref name="displacement"/>.</summary>
    void Move(ReadOnlySpan<double> x, ReadOnlySpan<double> displacement, Span<double> destination);
}
