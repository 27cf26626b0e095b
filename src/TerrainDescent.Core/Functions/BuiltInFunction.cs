namespace TerrainDescent.Core.Functions;

/// <summary>A named test function with its dimension, gradient where known, known minima and a usual start.</summary>
/// <param name="Name">Kebab-case name used on the command line, for example <c>rosenbrock</c>.</param>
/// <param name="Formula">The formula in plain text, for listings.</param>
/// <param name="Dimension">Number of coordinates n.</param>
/// <param name="Value">f(x).</param>
/// <param name="AnalyticGradient">∇f(x), or null when only the numerical gradient is offered.</param>
/// <param name="KnownMinima">Every known global minimiser (Himmelblau has four).</param>
/// <param name="MinimumValue">f at the known minimisers.</param>
/// <param name="SuggestedStart">A conventional start for demonstrations.</param>
/// <param name="Defaults">The method, steps, budget and tolerance that converge from <paramref name="SuggestedStart"/>.</param>
/// <param name="PlotWindow">The square of the plane a contour plot shows: x from [0] to [1], y from [2] to [3].</param>
public sealed record BuiltInFunction(
    string Name,
    string Formula,
    int Dimension,
    Func<ReadOnlySpan<double>, double> Value,
    Action<ReadOnlySpan<double>, Span<double>>? AnalyticGradient,
    IReadOnlyList<double[]> KnownMinima,
    double MinimumValue,
    double[] SuggestedStart,
    FunctionDefaults Defaults,
    double[] PlotWindow)
{
    /// <summary>
    /// The function as an objective: with its analytic gradient when it has one and <paramref name="numericalStepH"/>
    /// is null, otherwise with central differences of step <paramref name="numericalStepH"/> (default 1e-5).
    /// </summary>
    public FunctionObjective ToObjective(double? numericalStepH = null) =>
        AnalyticGradient is not null && numericalStepH is null
            ? FunctionObjective.WithAnalyticGradient(Dimension, Value, AnalyticGradient)
            : FunctionObjective.WithNumericalGradient(Dimension, Value, numericalStepH ?? FunctionObjective.DefaultStepH);
}
