using TerrainDescent.Core.Descent;

namespace TerrainDescent.Core.Functions;

/// <summary>
/// A plain function f: Rⁿ → R as an objective, with an analytic gradient or a central-difference one.
/// Positions, gradients and displacements all live in Rⁿ: <see cref="Move"/> is x + d.
/// </summary>
/// <remarks>
/// The numerical gradient is the central difference, O(h²):
/// <c>∂f/∂xᵢ ≈ (f(x + h eᵢ) − f(x − h eᵢ)) / (2h)</c>, evaluated in exactly that order so runs reproduce
/// published NumPy figures to the last digit. Immutable and thread-safe if the delegates are.
/// </remarks>
public sealed class FunctionObjective : IObjective
{
    /// <summary>The default central-difference step h.</summary>
    public const double DefaultStepH = 1e-5;

    private readonly Func<ReadOnlySpan<double>, double> _value;
    private readonly Action<ReadOnlySpan<double>, Span<double>>? _gradient;

    private FunctionObjective(int dimension, Func<ReadOnlySpan<double>, double> value, Action<ReadOnlySpan<double>, Span<double>>? gradient, double stepH)
    {
        if (dimension < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "a function needs at least one coordinate");
        }

        if (gradient is null && !(stepH > 0 && double.IsFinite(stepH)))
        {
            throw new ArgumentOutOfRangeException(nameof(stepH), stepH, "the difference step h must be positive and finite");
        }

        Dimension = dimension;
        _value = value;
        _gradient = gradient;
        StepH = gradient is null ? stepH : double.NaN;
    }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <summary>Whether <see cref="Gradient"/> is the analytic one (false: central differences).</summary>
    public bool HasAnalyticGradient => _gradient is not null;

    /// <summary>The central-difference step h in units of x; NaN when the gradient is analytic.</summary>
    public double StepH { get; }

    /// <summary>An objective with the analytic gradient <paramref name="gradient"/>.</summary>
    public static FunctionObjective WithAnalyticGradient(
        int dimension, Func<ReadOnlySpan<double>, double> value, Action<ReadOnlySpan<double>, Span<double>> gradient) =>
        new(dimension, value, gradient ?? throw new ArgumentNullException(nameof(gradient)), double.NaN);

    /// <summary>An objective whose gradient is the central difference with step <paramref name="stepH"/>.</summary>
    public static FunctionObjective WithNumericalGradient(int dimension, Func<ReadOnlySpan<double>, double> value, double stepH = DefaultStepH) =>
        new(dimension, value, null, stepH);

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x) => _value(x);

    /// <inheritdoc />
    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        if (_gradient is not null)
        {
            _gradient(x, gradient);
            return;
        }

        var h = StepH;
        Span<double> probe = Dimension <= 32 ? stackalloc double[Dimension] : new double[Dimension];
        x.CopyTo(probe);
        for (var i = 0; i < Dimension; i++)
        {
            probe[i] = x[i] + h;
            var plus = _value(probe);
            probe[i] = x[i] - h;
            var minus = _value(probe);
            probe[i] = x[i];
            gradient[i] = (plus - minus) / (2 * h);
        }
    }

    /// <summary>
    /// Always <see cref="PointStatus.Inside"/>: Rⁿ has no edge and no void, so a run whose values or gradient
    /// overflow ends <see cref="StopReason.Diverged"/>, never entered-void.
    /// </summary>
    public PointStatus Locate(ReadOnlySpan<double> x) => PointStatus.Inside;

    /// <inheritdoc />
    public void Move(ReadOnlySpan<double> x, ReadOnlySpan<double> displacement, Span<double> destination)
    {
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = x[i] + displacement[i];
        }
    }
}
