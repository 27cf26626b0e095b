using TerrainDescent.Core.Descent;

namespace TerrainDescent.Core.Functions;

/// <summary>
/// The settings a built-in function runs with when the user gives none: a method and step sizes that converge
/// from the function's <see cref="BuiltInFunction.SuggestedStart"/>, an iteration budget and a gradient tolerance.
/// </summary>
/// <param name="MethodName">The default method, for example <c>hill-walker</c>.</param>
/// <param name="Alpha">α, units of x per unit slope, for hill-walker, momentum and Nesterov; below 2 / (largest curvature on the path).</param>
/// <param name="Eta">η, the adaptive methods' nominal step in units of x.</param>
/// <param name="Gamma">γ, the momentum methods' share of velocity kept per step.</param>
/// <param name="MaxIterations">The iteration budget.</param>
/// <param name="Tolerance">Converged once ‖∇f‖∞ is below this.</param>
public sealed record FunctionDefaults(string MethodName, double Alpha, double Eta, double Gamma, int MaxIterations, double Tolerance)
{
    /// <summary>
    /// <paramref name="options"/> with this profile's α, η, γ, budget and tolerance, each only where
    /// <paramref name="isGiven"/> says the user did not set it (by its <see cref="MethodParameter.Name"/>,
    /// or <c>maxIterations</c> and <c>tolerance</c>).
    /// </summary>
    public DescentOptions ApplyTo(DescentOptions options, Func<string, bool> isGiven)
    {
        var result = options;
        if (!isGiven(MethodParameters.Alpha.Name))
        {
            result = result with { AlphaMetres = Alpha };
        }

        if (!isGiven(MethodParameters.Eta.Name))
        {
            result = result with { AdaptiveStepMetres = Eta };
        }

        if (!isGiven(MethodParameters.Gamma.Name))
        {
            result = result with { Gamma = Gamma };
        }

        if (!isGiven("maxIterations"))
        {
            result = result with { MaxSteps = MaxIterations };
        }

        // An explicit budget means "run it", as the fixed-step tutorials do: no default tolerance cuts it short.
        if (!isGiven("tolerance") && !isGiven("maxIterations"))
        {
            result = result with { GradientToleranceInfinityNorm = Tolerance };
        }

        return result;
    }
}
