using System.CommandLine;
using System.Globalization;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Cli.Input;
using TerrainDescent.Core.Descent;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// The method-parameter options shared by every command that descends (descend, batch, render, optimize):
/// one definition of each name, default and help text (the method parameters from <see cref="MethodParameters"/>), turned into a
/// validated <see cref="DescentOptions"/>.
/// </summary>
public sealed class DescentOptionSet
{
    private static readonly DescentOptions s_defaults = new();

    // One option per catalogue parameter, named and described by it; its methods are listed in the help text.
    private readonly List<(Option<double> Option, Func<DescentOptions, double, DescentOptions> Apply)> _parameters =
        MethodParameters.All.Select(p => (
            Make("--" + p.OptionName, $"{p.Symbol}: {p.Description}{Unit(p)}, {p.Range} ({string.Join(", ", MethodParameters.MethodsUsing(p))})", p.DefaultValue),
            (Func<DescentOptions, double, DescentOptions>)p.With)).ToList();

    /// <summary>
    /// Creates the set; <paramref name="terrain"/> adds the terrain-only options (sea level, snap radius), and the
    /// step budget is named <paramref name="maxStepsName"/> with default <paramref name="maxStepsDefault"/>.
    /// </summary>
    public DescentOptionSet(bool terrain = true, string maxStepsName = "--max-steps", int? maxStepsDefault = null)
    {
        Terrain = terrain;
        MaxSteps = new Option<int>(maxStepsName) { Description = "step budget per path", DefaultValueFactory = _ => maxStepsDefault ?? s_defaults.MaxSteps };
        if (terrain)
        {
            _parameters.Add((Make("--sea-level", "stop below this elevation, metres", s_defaults.SeaLevelMetres), (o, v) => o with { SeaLevelMetres = v }));
        }
    }

    /// <summary>Whether the terrain-only options are present.</summary>
    public bool Terrain { get; }

    /// <summary>The step budget (--max-steps, or --max-iter for functions).</summary>
    public Option<int> MaxSteps { get; }

    /// <summary>--snap-radius (terrain only).</summary>
    public Option<double> SnapRadius { get; } = Make("--snap-radius", "move the start to the highest cell within this many metres (0 = off)", 0.0);

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var (option, _) in _parameters)
        {
            command.Options.Add(option);
        }

        command.Options.Add(MaxSteps);
        if (Terrain)
        {
            command.Options.Add(SnapRadius);
        }
    }

    /// <summary>The validated options, starting from <paramref name="baseline"/>; throws <see cref="UserInputException"/>.</summary>
    public DescentOptions Read(ParseResult parse, DescentOptions? baseline = null)
    {
        var options = (baseline ?? s_defaults) with { MaxSteps = parse.GetValue(MaxSteps) };
        foreach (var (option, apply) in _parameters)
        {
            options = apply(options, parse.GetValue(option));
        }

        var problem = options.Validate();
        return problem is null ? options : throw new UserInputException(problem);
    }

    /// <summary>The validated snap radius in metres.</summary>
    public double ReadSnapRadius(ParseResult parse)
    {
        var radius = parse.GetValue(SnapRadius);
        return radius >= 0 && double.IsFinite(radius)
            ? radius
            : throw new UserInputException($"snap radius must be a finite number of metres ≥ 0, not {radius.ToString(CultureInfo.InvariantCulture)}");
    }

    private static string Unit(MethodParameter parameter) => parameter.Unit.Length == 0 ? "" : $" in {parameter.Unit}";

    private static Option<double> Make(string name, string description, double defaultValue) =>
        new(name) { Description = description, DefaultValueFactory = _ => defaultValue };
}
