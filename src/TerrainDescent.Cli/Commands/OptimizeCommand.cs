using System.CommandLine;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Cli.Input;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;
using TerrainDescent.Core.Functions.Expressions;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// <c>optimize --function NAME | --expr TEXT [--method M|all] [--plot FILE.png] [--plot-value FILE.png]</c>:
/// minimises a built-in test function or a formula and prints the iterations and the result the way an
/// optimisation tutorial does. No terrain: the stall and sea-level rules are off, so a run stops only at the
/// iteration budget, at the gradient tolerance, or on divergence. Every option left out takes the function's
/// own default (<see cref="FunctionDefaults"/>), chosen so that it converges.
/// </summary>
public static class OptimizeCommand
{
    private const string AllMethods = "all";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var function = new Option<string?>("--function") { Description = $"built-in function: {string.Join(", ", BuiltInFunctions.Names)}" };
        var expression = new Option<string?>("--expr") { Description = "a formula in x, y, z to minimise instead, e.g. \"x^2 + 3*y^2\" (+ - * / ^, sin cos tan exp log sqrt abs tanh, pi, e); gradient by central differences" };
        var start = new Option<string?>("--x0") { Description = "start, comma-separated (e.g. --x0=-2,-2); default: the function's usual start" };
        var method = new Option<string?>("--method") { Description = $"a method (not water), a comma-separated list, or '{AllMethods}' to compare every method in one table and plot; default: the function's own" };
        var tolerance = new Option<double?>("--tol") { Description = "stop when ‖∇f‖∞ is below this (0 = run the whole budget); default: the function's own, or 0 when --max-iter is given" };
        var stepH = new Option<double?>("--h") { Description = "use central differences with this step h instead of the analytic gradient" };
        var printEvery = new Option<int>("--print-every") { Description = "print every K-th iteration (0 = only the result)", DefaultValueFactory = _ => 100 };
        var plot = new Option<string?>("--plot") { Description = "write a PNG: contours of f (log-spaced levels), the path of every method run, start, minimum and −∇f at the start" };
        var plotValue = new Option<string?>("--plot-value") { Description = "write a PNG of f against iteration on a log axis, one line per method" };
        var parameters = new DescentOptionSet(terrain: false, maxStepsName: "--max-iter", maxStepsDefault: 1000);
        var command = new Command("optimize", "Minimise a test function with a descent method and print the iterations. "
            + "Iterations are counted as the tutorials' loop counter k: k is incremented before the gradient check, so a run that "
            + "converges reports steps + 1 (the check that ends it counts). exact-line-search minimises each line as SciPy's "
            + "minimize_scalar does (Brent, bracket from (0, 1)). Options left out take the function's defaults, which converge.")
        {
            function, expression, start, method, tolerance, stepH, printEvery, plot, plotValue,
        };
        parameters.AddTo(command);
        foreach (var option in command.Options.Where(o => o.Name is "--alpha" or "--gamma" or "--eta" or "--max-iter"))
        {
            // The [default] shown is the terrain's; a function left without the option takes its own.
            option.Description += "; left out: the function's own default";
        }

        command.SetAction(parse => CommandGuard.Run(() =>
        {
            bool Given(Option option) => parse.GetResult(option) is { Implicit: false };
            bool GivenNamed(string name) => name switch
            {
                "maxIterations" => Given(parameters.MaxSteps),
                "tolerance" => Given(tolerance),
                _ => command.Options.FirstOrDefault(o => o.Name == "--" + MethodParameters.Find(name)?.OptionName) is { } o && Given(o),
            };

            var target = ResolveFunction(parse.GetValue(function), parse.GetValue(expression));
            var options = target.Defaults.ApplyTo(parameters.Read(parse, DescentOptions.ForFunctions), GivenNamed);
            if (parse.GetValue(tolerance) is { } tol)
            {
                options = tol >= 0 && double.IsFinite(tol) ? options with { GradientToleranceInfinityNorm = tol }
                    : throw new UserInputException("--tol must be a finite number ≥ 0");
            }

            var request = new OptimizeRequest(
                target,
                parse.GetValue(start) is { } startText ? VectorParser.Parse(startText, target.Dimension, "--x0") : target.SuggestedStart,
                ResolveMethods(parse.GetValue(method) ?? target.Defaults.MethodName),
                options,
                ValidStep(parse.GetValue(stepH)),
                parse.GetValue(printEvery) is var every and >= 0 ? every : throw new UserInputException("--print-every must be 0 or more"),
                parse.GetValue(plot),
                parse.GetValue(plotValue),
                GivenNamed);
            return OptimizeRunner.Run(request);
        }));
        return command;
    }

    private static BuiltInFunction ResolveFunction(string? name, string? expression)
    {
        if (name is not null && expression is not null)
        {
            throw new UserInputException("give --function or --expr, not both");
        }

        if (expression is not null)
        {
            try
            {
                return FunctionExpression.Parse(expression).ToFunction();
            }
            catch (FormatException e)
            {
                throw new UserInputException($"--expr: {e.Message}");
            }
        }

        if (name is null)
        {
            throw new UserInputException($"give --function NAME ({string.Join(", ", BuiltInFunctions.Names)}) or --expr FORMULA");
        }

        return BuiltInFunctions.TryGet(name, out var function) ? function
            : throw new UserInputException($"unknown function '{name}'; choose from {string.Join(", ", BuiltInFunctions.Names)}");
    }

    private static IReadOnlyList<IDescentMethod> ResolveMethods(string list)
    {
        var methods = DescentMethods.Parse(list, out var error)
            ?? throw new UserInputException(error!.Replace(", water", "", StringComparison.Ordinal));
        var named = list.Split(',', StringSplitOptions.TrimEntries);
        if (methods.FirstOrDefault(m => DescentMethods.RequiresTerrain(m) && named.Contains(m.Name, StringComparer.OrdinalIgnoreCase)) is { } terrainOnly)
        {
            throw new UserInputException($"{terrainOnly.Name} follows terrain cells and cannot minimise a function; use 'descend' on a DEM");
        }

        // "all" and "both" mean every method that can minimise a function.
        return methods.Where(m => !DescentMethods.RequiresTerrain(m)).ToArray();
    }

    private static double? ValidStep(double? stepH) =>
        stepH is { } h && !(h > 0 && double.IsFinite(h)) ? throw new UserInputException("--h must be a positive finite step") : stepH;
}
