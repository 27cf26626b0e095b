using System.Globalization;
using TerrainDescent.Application.Inputs;

namespace TerrainDescent.Cli.Input;

/// <summary>Parses a comma-separated list of numbers such as <c>-2,-2</c> (invariant culture).</summary>
public static class VectorParser
{
    /// <summary>The numbers of <paramref name="text"/>, exactly <paramref name="dimension"/> of them; throws <see cref="UserInputException"/>.</summary>
    public static double[] Parse(string text, int dimension, string optionName)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                throw new UserInputException($"{optionName} must be {dimension} comma-separated finite numbers, not '{text}'");
            }
        }

        return values.Length == dimension
            ? values
            : throw new UserInputException($"{optionName} has {values.Length} number(s) but the function takes {dimension}");
    }
}
