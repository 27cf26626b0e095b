namespace TerrainDescent.Core.Descent;

/// <summary>
/// Plain gradient descent, the hill-walker lost in fog: <c>xₖ₊₁ = xₖ − α ∇f(xₖ)</c>.
/// Each step is α metres per unit slope, straight down the local slope; it stops in the first hollow.
/// </summary>
public sealed class HillWalkerDescent : IDescentMethod
{
    /// <summary>The method's output name.</summary>
    public const string MethodName = "hill-walker";

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public IDescentStepper Start(IObjective objective, DescentOptions options) => new Stepper(options.AlphaMetres);

    private sealed class Stepper(double alphaMetres) : IDescentStepper
    {
        public void Step(ReadOnlySpan<double> x, ReadOnlySpan<double> gradient, Span<double> displacement)
        {
            for (var i = 0; i < gradient.Length; i++)
            {
                displacement[i] = -alphaMetres * gradient[i];
            }
        }
    }
}
