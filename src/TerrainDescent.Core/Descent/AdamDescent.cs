namespace TerrainDescent.Core.Descent;

/// <summary>
/// Adam (Kingma and Ba 2015): <c>mₖ = β₁ mₖ₋₁ + (1 − β₁) gₖ</c>, <c>vₖ = β₂ vₖ₋₁ + (1 − β₂) gₖ²</c>,
/// <c>m̂ = mₖ / (1 − β₁ᵏ)</c>, <c>v̂ = vₖ / (1 − β₂ᵏ)</c>, <c>xₖ₊₁ = xₖ − η m̂ / (√v̂ + ε)</c>, per coordinate.
/// </summary>
/// <remarks>
/// η is <see cref="DescentOptions.AdaptiveStepMetres"/> (metres), β₁ and β₂ <see cref="DescentOptions.Beta1"/>
/// and <see cref="DescentOptions.Beta2"/> (defaults 0.9 and 0.999), ε <see cref="DescentOptions.EpsilonStability"/>
/// and g the slope in metres per metre. The bias corrections undo the zero start of m and v. Momentum from m
/// carries it through small hollows and noise, and the division by √v̂ keeps a step near η metres on any
/// slope: a robust all-rounder on rough terrain.
/// </remarks>
public sealed class AdamDescent : IDescentMethod
{
    /// <summary>The method's output name.</summary>
    public const string MethodName = "adam";

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public IDescentStepper Start(IObjective objective, DescentOptions options) => new Stepper(options, objective.Dimension);

    private sealed class Stepper(DescentOptions options, int dimension) : IDescentStepper
    {
        private readonly double _stepMetres = options.AdaptiveStepMetres;
        private readonly double _beta1 = options.Beta1;
        private readonly double _beta2 = options.Beta2;
        private readonly double _epsilon = options.EpsilonStability;
        private readonly double[] _mean = new double[dimension];
        private readonly double[] _meanSquare = new double[dimension];
        private double _beta1Power = 1.0;
        private double _beta2Power = 1.0;

        public void Step(ReadOnlySpan<double> x, ReadOnlySpan<double> gradient, Span<double> displacement)
        {
            _beta1Power *= _beta1;
            _beta2Power *= _beta2;
            for (var i = 0; i < gradient.Length; i++)
            {
                _mean[i] = _beta1 * _mean[i] + (1 - _beta1) * gradient[i];
                _meanSquare[i] = _beta2 * _meanSquare[i] + (1 - _beta2) * gradient[i] * gradient[i];
                var meanHat = _mean[i] / (1 - _beta1Power);
                var meanSquareHat = _meanSquare[i] / (1 - _beta2Power);
                displacement[i] = -_stepMetres * meanHat / (Math.Sqrt(meanSquareHat) + _epsilon);
            }
        }
    }
}
