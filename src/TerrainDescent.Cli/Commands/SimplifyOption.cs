using System.CommandLine;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Cli.Input;
using TerrainDescent.GeoJson;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// <c>--simplify METRES</c>, shared by the commands that write GeoJSON paths (descend, batch): the Douglas–Peucker
/// tolerance in ground metres for the written LineStrings, 0 for every step. One name and help text, each command
/// with its own default.
/// </summary>
internal sealed class SimplifyOption
{
    /// <summary>Creates the option with a default of <paramref name="defaultMetres"/>.</summary>
    public SimplifyOption(double defaultMetres) =>
        Option = new Option<double>("--simplify")
        {
            Description = "write only the path vertices Douglas–Peucker keeps at this tolerance in ground metres (0 = every step); steps, length and drop still describe the whole path",
            DefaultValueFactory = _ => defaultMetres,
        };

    /// <summary>The command-line option.</summary>
    public Option<double> Option { get; }

    /// <summary>The validated tolerance in metres; throws <see cref="UserInputException"/>.</summary>
    public double Read(ParseResult parse)
    {
        var metres = parse.GetValue(Option);
        var problem = PathSimplifier.Problem(metres);
        return problem is null ? metres : throw new UserInputException(problem);
    }
}
