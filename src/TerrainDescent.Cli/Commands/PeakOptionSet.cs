using System.CommandLine;
using System.Globalization;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Cli.Input;
using TerrainDescent.Core.Peaks;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// The peak-finding options shared by <c>peaks</c> and <c>batch --peaks auto</c>, and the one naming rule for the
/// peaks found, so that both commands number the same summits the same way.
/// </summary>
public sealed class PeakOptionSet
{
    /// <summary>--min-prominence.</summary>
    public Option<double> MinProminence { get; } = new("--min-prominence")
    {
        Description = "smallest topographic prominence reported, metres",
        DefaultValueFactory = _ => PeakOptions.DefaultMinProminenceMetres,
    };

    /// <summary>--min-elevation.</summary>
    public Option<double?> MinElevation { get; } = new("--min-elevation")
    {
        Description = "lowest summit elevation reported, metres (default: any)",
    };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(MinProminence);
        command.Options.Add(MinElevation);
    }

    /// <summary>The validated options; throws <see cref="UserInputException"/> naming the bad one.</summary>
    public PeakOptions Read(ParseResult parse)
    {
        var options = new PeakOptions
        {
            MinProminenceMetres = parse.GetValue(MinProminence),
            MinElevationMetres = parse.GetValue(MinElevation) ?? double.NegativeInfinity,
        };
        var problem = options.Validate();
        return problem is null ? options : throw new UserInputException(problem);
    }
}
