using TerrainDescent.Application.Inputs;
using TerrainDescent.Cli.Input;
using TerrainDescent.Cli.Output;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.IO;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// Runs an <see cref="OptimizeRequest"/>: one method with its iterations and result printed as a tutorial
/// prints them, or several compared in one table; then the plots. A diverged run says which parameter to lower.
/// </summary>
public static class OptimizeRunner
{
    /// <summary>Runs the request and returns the exit code (1 when a single run diverged).</summary>
    public static int Run(OptimizeRequest request)
    {
        var function = request.Function;
        foreach (var path in new[] { request.PlotPath, request.ValuePlotPath })
        {
            CheckPng(path);
        }

        if (request.PlotPath is not null && function.Dimension != 2)
        {
            throw new UserInputException($"--plot draws contours of a function of two variables; {function.Name} has {function.Dimension}");
        }

        var objective = function.ToObjective(request.StepH);
        var runs = request.Methods.Select(m => new OptimizeRun(m, DescentRunner.Run(objective, m, request.Start, request.Options))).ToArray();
        var single = runs.Length == 1;
        Console.WriteLine($"f(x) = {function.Formula}, minimised with {(single ? runs[0].Method.Name : Invariant($"{runs.Length} methods"))} from x0 = {NumberText.Vector(request.Start)}");
        Console.WriteLine(request.StepH is null && function.AnalyticGradient is not null
            ? "gradient: analytic"
            : $"gradient: central differences, h = {NumberText.RoundTrip(request.StepH ?? 1e-5)}");
        if (single)
        {
            PrintSingle(request, objective, runs[0]);
        }
        else
        {
            OptimizeTable.Write(Console.Out, function, runs);
            foreach (var run in runs.Where(r => r.Trace.Reason == StopReason.Diverged))
            {
                Console.WriteLine($"{run.Method.Name}: {DivergenceAdvice(request, run)}");
            }
        }

        if (request.PlotPath is { } plotPath)
        {
            AtomicFile.Write(plotPath, stream => stream.Write(FunctionContourPlot.Render(function, objective, request.Start, runs)));
            Console.WriteLine($"contour plot: {plotPath}");
        }

        if (request.ValuePlotPath is { } valuePath)
        {
            AtomicFile.Write(valuePath, stream => stream.Write(ValueHistoryPlot.Render(function, runs)));
            Console.WriteLine($"value plot: {valuePath}");
        }

        return single && runs[0].Trace.Reason == StopReason.Diverged ? CommandGuard.InputError : 0;
    }

    private static void PrintSingle(OptimizeRequest request, IObjective objective, OptimizeRun run)
    {
        var trace = run.Trace;
        var gradient = new double[objective.Dimension];
        for (var i = 0; request.PrintEvery > 0 && i <= trace.Steps; i += request.PrintEvery)
        {
            objective.Gradient(trace.Position(i), gradient);
            Console.WriteLine(Invariant($"iteration {i,6}: x = {NumberText.Vector(trace.Position(i))}, f = {NumberText.RoundTrip(trace.Values[i])}, ‖∇f‖∞ = {NumberText.RoundTrip(gradient.Max(Math.Abs))}"));
        }

        Console.WriteLine(Invariant($"result after {trace.Iterations} iterations, {trace.Steps} steps ({trace.Reason.ToName()}):"));
        Console.WriteLine($"x = {NumberText.Vector(trace.End)}");
        Console.WriteLine($"f = {NumberText.RoundTrip(trace.EndValue)}");
        var function = request.Function;
        Console.WriteLine(function.KnownMinima.Count == 0
            ? (double.IsNegativeInfinity(function.MinimumValue) ? "f has no minimum (it is unbounded below)" : "no minimiser is known")
            : $"distance to the nearest known minimiser: {NumberText.Significant(run.DistanceToMinimiser(function), 4)} (minimum value {NumberText.RoundTrip(function.MinimumValue)})");
        if (trace.Reason == StopReason.Diverged)
        {
            Console.WriteLine(DivergenceAdvice(request, run));
        }
    }

    /// <summary>Why the run diverged and which parameter to lower (the step size the method reads first).</summary>
    private static string DivergenceAdvice(OptimizeRequest request, OptimizeRun run)
    {
        var values = run.Trace.Values;
        if (values[^1] < values[0] && double.IsNegativeInfinity(request.Function.MinimumValue) || values[^1] < values[0] - 1e6 * (1 + Math.Abs(values[0])))
        {
            return "diverged: f falls without bound along this path (no minimum there); start elsewhere";
        }

        var parameter = MethodParameters.For(run.Method)[0];
        return Invariant($"diverged: the steps grew without bound; lower --{parameter.OptionName} (it was {NumberText.RoundTrip(parameter.Read(request.Options))}{(request.IsGiven(parameter.Name) ? "" : ", the function's default")})");
    }

    private static void CheckPng(string? path)
    {
        if (path is null)
        {
            return;
        }

        if (!path.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            throw new UserInputException($"plots are PNG files; give a name ending .png, not '{path}'");
        }

        if (AtomicFile.ProblemWriting(path) is { } problem)
        {
            throw new UserInputException(problem);
        }
    }
}
