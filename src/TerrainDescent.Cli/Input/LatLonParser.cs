using System.Globalization;
using TerrainDescent.Application.Inputs;

namespace TerrainDescent.Cli.Input;

/// <summary>Parses a "LAT,LON" pair of decimal degrees, invariant culture.</summary>
public static class LatLonParser
{
    /// <summary>The (latitude, longitude) of <paramref name="text"/>; throws <see cref="UserInputException"/>.</summary>
    public static (double Latitude, double Longitude) Parse(string text, string optionName = "--start")
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude))
        {
            throw new UserInputException($"{optionName} must be LAT,LON in decimal degrees (for example 52.6175,-6.7797), not '{text}'");
        }

        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180))
        {
            throw new UserInputException($"{optionName} {text} is not a position on Earth (latitude −90..90, longitude −180..180)");
        }

        return (latitude, longitude);
    }
}
