namespace TerrainDescent.Core.Descent;

/// <summary>
/// Heavy-ball momentum, the rolling ball: <c>vₖ₊₁ = γ vₖ + α ∇f(xₖ)</c>, <c>xₖ₊₁ = xₖ − vₖ₊₁</c>.
/// The velocity (metres per step) accumulates downhill pushes and decays by γ, so the ball rolls through
/// small hollows and over low rises that stop the hill-walker. Terminal speed on a steady slope s is α·s/(1 − γ).
/// </summary>
public sealed class MomentumDescent : IDescentMethod
{
    /// <summary>The method's output name.</summary>
    public const string MethodName = "momentum";

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public IDescentStepper Start(IObjective objective, DescentOptions options) =>
        new Stepper(options.AlphaMetres, options.Gamma, objective.Dimension);

    private sealed class Stepper(double alphaMetres, double gamma, int dimension) : IDescentStepper
    {
        private readonly double[] _velocity = new double[dimension];

        public void Step(ReadOnlySpan<double> x, ReadOnlySpan<double> gradient, Span<double> displacement)
        {
            for (var i = 0; i < gradient.Length; i++)
            {
                _velocity[i] = gamma * _velocity[i] + alphaMetres * gradient[i];
                displacement[i] = -_velocity[i];
            }
        }
    }
}
