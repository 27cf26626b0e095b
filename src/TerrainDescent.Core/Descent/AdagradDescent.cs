namespace TerrainDescent.Core.Descent;

/// <summary>
/// Adagrad: <c>Gₖ = Gₖ₋₁ + gₖ²</c>, <c>xₖ₊₁ = xₖ − η gₖ / (√Gₖ + ε)</c>, per coordinate (Duchi, Hazan and Singer 2011).
/// </summary>
/// <remarks>
/// η is <see cref="DescentOptions.AdaptiveStepMetres"/> (metres), g the slope in metres per metre and ε
/// <see cref="DescentOptions.EpsilonStability"/>. The first step is about η metres along each coordinate
/// whatever the slope; later steps shrink like η/√k because G only grows. That makes it steady on terrain
/// with slopes that differ by orders of magnitude (gentle plain, steep cliff), but it slows down on long
/// descents: use it for short paths or raise η.
/// </remarks>
public sealed class AdagradDescent : IDescentMethod
{
    /// <summary>The method's output name.</summary>
    public const string MethodName = "adagrad";

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public IDescentStepper Start(IObjective objective, DescentOptions options) =>
        new Stepper(options.AdaptiveStepMetres, options.EpsilonStability, objective.Dimension);

    private sealed class Stepper(double stepMetres, double epsilon, int dimension) : IDescentStepper
    {
        private readonly double[] _sumOfSquares = new double[dimension];

        public void Step(ReadOnlySpan<double> x, ReadOnlySpan<double> gradient, Span<double> displacement)
        {
            for (var i = 0; i < gradient.Length; i++)
            {
                _sumOfSquares[i] += gradient[i] * gradient[i];
                displacement[i] = -stepMetres * gradient[i] / (Math.Sqrt(_sumOfSquares[i]) + epsilon);
            }
        }
    }
}
