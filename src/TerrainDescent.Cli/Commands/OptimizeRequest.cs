using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;

namespace TerrainDescent.Cli.Commands;

/// <summary>One validated <c>optimize</c> invocation.</summary>
/// <param name="Function">The function to minimise (built-in or parsed from --expr).</param>
/// <param name="Start">x₀, one coordinate per dimension.</param>
/// <param name="Methods">The methods to run, one path each.</param>
/// <param name="Options">The options every method runs with, the function's defaults applied.</param>
/// <param name="StepH">Central-difference step h, or null for the analytic gradient (where there is one).</param>
/// <param name="PrintEvery">Print every K-th iteration of a single run (0 = the result only).</param>
/// <param name="PlotPath">The contour plot to write, or null.</param>
/// <param name="ValuePlotPath">The f-against-iteration plot to write, or null.</param>
/// <param name="IsGiven">Whether the user set a parameter (by <see cref="MethodParameter.Name"/>), for the divergence advice.</param>
public sealed record OptimizeRequest(
    BuiltInFunction Function,
    double[] Start,
    IReadOnlyList<IDescentMethod> Methods,
    DescentOptions Options,
    double? StepH,
    int PrintEvery,
    string? PlotPath,
    string? ValuePlotPath,
    Func<string, bool> IsGiven);
