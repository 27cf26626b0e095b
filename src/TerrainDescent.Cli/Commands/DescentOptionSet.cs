using System.CommandLine;
using TerrainDescent.Cli.Input;
using TerrainDescent.Core.Descent;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// The method-parameter options shared by every command that descends (descend, batch, render, serve):
/// one definition of names, defaults and help, turned into a validated <see cref="DescentOptions"/>.
/// </summary>
public sealed class DescentOptionSet
{
    /// <summary>--alpha.</summary>
    public Option<double> Alpha { get; } = new("--alpha")
    {
        Description = "α: metres of step per unit slope (learning rate)",
        DefaultValueFactory = _ => DescentOptions.DefaultAlphaMetres,
    };

    /// <summary>--gamma.</summary>
    public Option<double> Gamma { get; } = new("--gamma")
    {
        Description = "γ: momentum kept per step, in [0, 1)",
        DefaultValueFactory = _ => DescentOptions.DefaultGamma,
    };

    /// <summary>--sea-level.</summary>
    public Option<double> SeaLevel { get; } = new("--sea-level")
    {
        Description = "stop below this elevation, metres",
        DefaultValueFactory = _ => DescentOptions.DefaultSeaLevelMetres,
    };

    /// <summary>--max-steps.</summary>
    public Option<int> MaxSteps { get; } = new("--max-steps")
    {
        Description = "step budget per path",
        DefaultValueFactory = _ => DescentOptions.DefaultMaxSteps,
    };

    /// <summary>--snap-radius.</summary>
    public Option<double> SnapRadius { get; } = new("--snap-radius")
    {
        Description = "move the start to the highest cell within this many metres (0 = off)",
        DefaultValueFactory = _ => 0.0,
    };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Alpha);
        command.Options.Add(Gamma);
        command.Options.Add(SeaLevel);
        command.Options.Add(MaxSteps);
        command.Options.Add(SnapRadius);
    }

    /// <summary>The validated options; throws <see cref="UserInputException"/> naming the bad one.</summary>
    public DescentOptions Read(ParseResult parse)
    {
        var options = new DescentOptions
        {
            AlphaMetres = parse.GetValue(Alpha),
            Gamma = parse.GetValue(Gamma),
            SeaLevelMetres = parse.GetValue(SeaLevel),
            MaxSteps = parse.GetValue(MaxSteps),
        };
        var problem = options.Validate();
        return problem is null ? options : throw new UserInputException(problem);
    }

    /// <summary>The validated snap radius in metres.</summary>
    public double ReadSnapRadius(ParseResult parse)
    {
        var radius = parse.GetValue(SnapRadius);
        return radius >= 0 && double.IsFinite(radius)
            ? radius
            : throw new UserInputException($"snap radius must be a finite number of metres ≥ 0, not {radius.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }
}
