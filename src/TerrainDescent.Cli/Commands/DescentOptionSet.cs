using System.CommandLine;
using System.Globalization;
using TerrainDescent.Cli.Input;
using TerrainDescent.Core.Descent;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// The method-parameter options shared by every command that descends (descend, batch, render, optimize):
/// one definition of each name, default (taken from <see cref="DescentOptions"/>) and help text, turned into a
/// validated <see cref="DescentOptions"/>.
/// </summary>
public sealed class DescentOptionSet
{
    private static readonly DescentOptions s_defaults = new();

    private readonly List<(Option<double> Option, Func<DescentOptions, double, DescentOptions> Apply)> _parameters =
    [
        (Make("--alpha", "α: metres of step per unit slope (hill-walker, momentum, nesterov)", s_defaults.AlphaMetres), (o, v) => o with { AlphaMetres = v }),
        (Make("--gamma", "γ: velocity kept per step, in [0, 1) (momentum, nesterov)", s_defaults.Gamma), (o, v) => o with { Gamma = v }),
        (Make("--eta", "η: nominal step in metres (adagrad, rmsprop, adam)", s_defaults.AdaptiveStepMetres), (o, v) => o with { AdaptiveStepMetres = v }),
        (Make("--beta1", "β₁: decay of the mean gradient (adam)", s_defaults.Beta1), (o, v) => o with { Beta1 = v }),
        (Make("--beta2", "β₂: decay of the mean squared gradient (adam)", s_defaults.Beta2), (o, v) => o with { Beta2 = v }),
        (Make("--decay", "ρ: decay of the mean squared gradient (rmsprop)", s_defaults.DecayRate), (o, v) => o with { DecayRate = v }),
        (Make("--epsilon", "ε: added before dividing by the RMS slope (adagrad, rmsprop, adam)", s_defaults.EpsilonStability), (o, v) => o with { EpsilonStability = v }),
        (Make("--line-search-alpha", "first trial step, metres per unit slope (exact-line-search, armijo)", s_defaults.LineSearchInitialAlphaMetres), (o, v) => o with { LineSearchInitialAlphaMetres = v }),
        (Make("--line-search-max-step", "longest line-search step, metres (exact-line-search, armijo)", s_defaults.LineSearchMaxStepMetres), (o, v) => o with { LineSearchMaxStepMetres = v }),
        (Make("--armijo-c", "c: sufficient-decrease share, in (0, 1) (armijo)", s_defaults.ArmijoC), (o, v) => o with { ArmijoC = v }),
        (Make("--backtrack", "factor a rejected step shrinks by, in (0, 1) (armijo)", s_defaults.BacktrackFactor), (o, v) => o with { BacktrackFactor = v }),
    ];

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

    private static Option<double> Make(string name, string description, double defaultValue) =>
        new(name) { Description = description, DefaultValueFactory = _ => defaultValue };
}
