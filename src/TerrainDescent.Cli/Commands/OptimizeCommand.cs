using System.CommandLine;
using TerrainDescent.Cli.Input;
using TerrainDescent.Cli.Output;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// <c>optimize --function NAME --method M</c>: minimises a built-in test function and prints the iterations and
/// the result the way an optimisation tutorial does. No terrain: the stall and sea-level rules are off, so a run
/// stops only at the iteration budget, at the gradient tolerance, or on divergence.
/// </summary>
public static class OptimizeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var function = new Option<string>("--function") { Description = $"built-in function: {string.Join(", ", BuiltInFunctions.Names)}", Required = true };
        var start = new Option<string?>("--x0") { Description = "start, comma-separated (e.g. --x0=-2,-2); default: the function's usual start" };
        var method = new Option<string>("--method") { Description = "one method (not water)", DefaultValueFactory = _ => HillWalkerDescent.MethodName };
        var tolerance = new Option<double>("--tol") { Description = "stop when ‖∇f‖∞ is below this (0 = run the whole budget)", DefaultValueFactory = _ => 0.0 };
        var stepH = new Option<double?>("--h") { Description = "use central differences with this step h instead of the analytic gradient" };
        var printEvery = new Option<int>("--print-every") { Description = "print every K-th iteration (0 = only the result)", DefaultValueFactory = _ => 100 };
        var parameters = new DescentOptionSet(terrain: false, maxStepsName: "--max-iter", maxStepsDefault: 1000);
        var command = new Command("optimize", "Minimise a built-in test function with a descent method and print the iterations. "
            + "Iterations are counted as the tutorials' loop counter k: k is incremented before the gradient check, so a run that "
            + "converges reports steps + 1 (the check that ends it counts). exact-line-search minimises each line as SciPy's "
            + "minimize_scalar does (Brent, bracket from (0, 1)).") { function, start, method, tolerance, stepH, printEvery };
        parameters.AddTo(command);
        command.SetAction(parse => CommandGuard.Run(() =>
        {
            var options = parameters.Read(parse, DescentOptions.ForFunctions);
            var tol = parse.GetValue(tolerance);
            if (!(tol >= 0) || !double.IsFinite(tol))
            {
                throw new UserInputException("--tol must be a finite number ≥ 0");
            }

            return Run(parse.GetValue(function)!, parse.GetValue(start), parse.GetValue(method)!, options with { GradientToleranceInfinityNorm = tol }, parse.GetValue(stepH), parse.GetValue(printEvery));
        }));
        return command;
    }

    private static int Run(string functionName, string? startText, string methodName, DescentOptions options, double? stepH, int printEvery)
    {
        if (!BuiltInFunctions.TryGet(functionName, out var function))
        {
            throw new UserInputException($"unknown function '{functionName}'; choose from {string.Join(", ", BuiltInFunctions.Names)}");
        }

        if (!DescentMethods.TryGet(methodName, out var method))
        {
            throw new UserInputException($"unknown method '{methodName}'; choose from {string.Join(", ", DescentMethods.Names.Where(n => n != "water"))}");
        }

        if (DescentMethods.RequiresTerrain(method))
        {
            throw new UserInputException($"{method.Name} follows terrain cells and cannot minimise a function; use 'descend' on a DEM");
        }

        if (stepH is { } h && !(h > 0 && double.IsFinite(h)))
        {
            throw new UserInputException("--h must be a positive finite step");
        }

        if (printEvery < 0)
        {
            throw new UserInputException("--print-every must be 0 or more");
        }

        var x0 = startText is null ? function.SuggestedStart : VectorParser.Parse(startText, function.Dimension, "--x0");
        var objective = function.ToObjective(stepH);
        Console.WriteLine($"f(x) = {function.Formula}, minimised with {method.Name} from x0 = {NumberText.Vector(x0)}");
        Console.WriteLine(stepH is null && function.AnalyticGradient is not null
            ? "gradient: analytic"
            : $"gradient: central differences, h = {NumberText.RoundTrip(stepH ?? 1e-5)}");

        var trace = DescentRunner.Run(objective, method, x0, options);
        var gradient = new double[function.Dimension];
        for (var i = 0; printEvery > 0 && i <= trace.Steps; i += printEvery)
        {
            objective.Gradient(trace.Position(i), gradient);
            Console.WriteLine(Invariant($"iteration {i,6}: x = {NumberText.Vector(trace.Position(i))}, f = {NumberText.RoundTrip(trace.Values[i])}, ‖∇f‖∞ = {NumberText.RoundTrip(gradient.Max(Math.Abs))}"));
        }

        Console.WriteLine(Invariant($"result after {trace.Iterations} iterations, {trace.Steps} steps ({trace.Reason.ToName()}):"));
        Console.WriteLine($"x = {NumberText.Vector(trace.End)}");
        Console.WriteLine($"f = {NumberText.RoundTrip(trace.EndValue)}");
        var nearest = function.KnownMinima.Min(m => Distance(m, trace.End));
        Console.WriteLine($"distance to the nearest known minimiser: {NumberText.Significant(nearest, 4)} (minimum value {NumberText.RoundTrip(function.MinimumValue)})");
        return trace.Reason == StopReason.Diverged ? CommandGuard.InputError : 0;
    }

    private static double Distance(double[] a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }

        return Math.Sqrt(sum);
    }
}
