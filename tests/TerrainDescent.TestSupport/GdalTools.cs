using System.Diagnostics;
using System.Globalization;

namespace TerrainDescent.TestSupport;

/// <summary>Runs GDAL's command-line programs (gdal-bin) to make test inputs in a temp folder.</summary>
public static class GdalTools
{
    public static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed: {error}");
        }
    }

    /// <summary>
    /// Splits a square SRTM tile of <paramref name="size"/> samples into a west and an east GeoTIFF in
    /// <paramref name="folder"/> that share the middle column, as real neighbouring SRTM tiles share their edge.
    /// </summary>
    public static (string West, string East) SplitWestEast(string tile, string folder, int size)
    {
        var middle = size / 2;
        var west = Path.Combine(folder, "west.tif");
        var east = Path.Combine(folder, "east.tif");
        Run("gdal_translate", "-q", "-srcwin", "0", "0", Text(middle + 1), Text(size), tile, west);
        Run("gdal_translate", "-q", "-srcwin", Text(middle), "0", Text(size - middle), Text(size), tile, east);
        return (west, east);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
