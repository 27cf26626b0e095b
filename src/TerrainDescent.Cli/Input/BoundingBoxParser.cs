using System.Globalization;
using TerrainDescent.Application.Inputs;

namespace TerrainDescent.Cli.Input;

/// <summary>Parses <c>--bbox W,S,E,N</c>: WGS84 degrees, west below east and south below north.</summary>
public static class BoundingBoxParser
{
    /// <summary>The box's edges in degrees; throws <see cref="UserInputException"/> with one line when malformed.</summary>
    public static (double West, double South, double East, double North) Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new double[4];
        if (parts.Length != 4 || parts.Where((p, i) => !double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).Any())
        {
            throw new UserInputException($"--bbox must be W,S,E,N in decimal degrees, e.g. -6.9,52.55,-6.7,52.65, not '{text}'");
        }

        var (west, south, east, north) = (values[0], values[1], values[2], values[3]);
        if (west is < -180 or > 180 || east is < -180 or > 180 || south is < -90 or > 90 || north is < -90 or > 90 || west >= east || south >= north)
        {
            throw new UserInputException($"--bbox {text}: needs −180 ≤ W < E ≤ 180 and −90 ≤ S < N ≤ 90");
        }

        return (west, south, east, north);
    }
}
