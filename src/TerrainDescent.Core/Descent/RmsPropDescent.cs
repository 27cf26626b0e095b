namespace TerrainDescent.Core.Descent;

/// <summary>
/// RMSProp: <c>Eₖ = ρ Eₖ₋₁ + (1 − ρ) gₖ²</c>, <c>xₖ₊₁ = xₖ − η gₖ / (√Eₖ + ε)</c>, per coordinate (Hinton 2012).
/// </summary>
/// <remarks>
/// η is <see cref="DescentOptions.AdaptiveStepMetres"/> (metres), ρ <see cref="DescentOptions.DecayRate"/>
/// (default 0.9), ε <see cref="DescentOptions.EpsilonStability"/> and g the slope in metres per metre.
/// Unlike Adagrad the mean of g² forgets the past, so the step stays about η metres per coordinate on a steady
/// slope (the first step, with E started at zero, is η/√(1 − ρ) ≈ 3.2 η). It walks at a nearly constant pace
/// over both gentle and steep ground and jitters by about η around a minimum.
/// </remarks>
public sealed class RmsPropDescent : IDescentMethod
{
    /// <summary>The method's output name.</summary>
    public const string MethodName = "rmsprop";

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public IDescentStepper Start(IObjective objective, DescentOptions options) =>
        new Stepper(options.AdaptiveStepMetres, options.DecayRate, options.EpsilonStability, objective.Dimension);

    private sealed class Stepper(double stepMetres, double decayRate, double epsilon, int dimension) : IDescentStepper
    {
        private readonly double[] _meanSquare = new double[dimension];

        public void Step(ReadOnlySpan<double> x, ReadOnlySpan<double> gradient, Span<double> displacement)
        {
            for (var i = 0; i < gradient.Length; i++)
            {
                _meanSquare[i] = decayRate * _meanSquare[i] + (1 - decayRate) * gradient[i] * gradient[i];
                displacement[i] = -stepMetres * gradient[i] / (Math.Sqrt(_meanSquare[i]) + epsilon);
            }
        }
    }
}
