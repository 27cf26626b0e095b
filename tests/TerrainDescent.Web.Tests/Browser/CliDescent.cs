using System.Diagnostics;
using System.Text.Json;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Web.Tests.Browser;

/// <summary>Runs the real <c>terrain-descent descend</c> program and reads the end point of each path from its GeoJSON.</summary>
internal static class CliDescent
{
    public static Dictionary<string, (double Lon, double Lat)> EndPoints(string tile, string lat, string lon, string snapRadiusMetres)
    {
        var output = Path.Combine(TestData.NewTempFolder("td-web-cli"), "paths.geojson");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "terrain-descent.dll"), "descend", tile, "--start", $"{lat},{lon}",
            "--method", "both", "--snap-radius", snapRadiusMetres, "--out", output,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "terrain-descent descend did not finish");
        Assert.True(process.ExitCode == 0, $"terrain-descent descend failed: {stderr.Result}");
        return ReadEnds(File.ReadAllBytes(output));
    }

    /// <summary>The last position of each LineString feature of a GeoJSON file, by its "method" property.</summary>
    public static Dictionary<string, (double Lon, double Lat)> ReadEnds(byte[] geoJson)
    {
        using var document = JsonDocument.Parse(geoJson);
        return document.RootElement.GetProperty("features").EnumerateArray().ToDictionary(
            f => f.GetProperty("properties").GetProperty("method").GetString()!,
            f =>
            {
                var last = f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Last();
                return (last[0].GetDouble(), last[1].GetDouble());
            });
    }
}
