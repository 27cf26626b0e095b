using System.CommandLine;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Application.Peaks;
using TerrainDescent.Cli.Input;
using TerrainDescent.Cli.Output;
using TerrainDescent.Core.Peaks;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.GeoJson;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// <c>peaks DEM... --out FILE.geojson</c>: finds summits with their topographic prominence on each group of connected
/// tiles (read into one grid from the tile cache, so a summit on a shared edge is found once), writes them as GeoJSON Points and prints the most
/// prominent. Peaks are numbered in cluster order, then by prominence, as <c>batch --peaks auto</c> numbers them.
/// </summary>
public static class PeaksCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dems = new Argument<string[]>("DEM") { Description = "elevation rasters or folders of tiles; touching tiles are mosaicked (default N52W007.hgt)", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out") { Description = "GeoJSON file of peak Points to write (written atomically)", Required = true };
        var top = new Option<int>("--top") { Description = "how many of the most prominent peaks to print", DefaultValueFactory = _ => 10 };
        var peakOptions = new PeakOptionSet();
        var terrain = new TerrainOptionSet();
        var command = new Command("peaks", "Find summits and their topographic prominence; write GeoJSON Points and print the most prominent") { dems, output, top };
        peakOptions.AddTo(command);
        terrain.AddTo(command);
        command.SetAction(parse => CommandGuard.Run(() => Run(() => terrain.Open(parse, parse.GetValue(dems)), parse.GetValue(dems), parse.GetValue(output)!, parse.GetValue(top), peakOptions.Read(parse))));
        return command;
    }

    private static int Run(Func<TiledTerrain> openTerrain, string[]? demArguments, string outputPath, int top, PeakOptions options)
    {
        if (top < 0)
        {
            throw new UserInputException(Invariant($"--top must be at least 0, not {top}"));
        }

        CommandGuard.CheckOutputs([("--out", outputPath)], demArguments is null || demArguments.Length == 0 ? new string?[] { null } : demArguments);
        OutputFormat.Require("--out", outputPath, OutputFormat.GeoJson, "GeoJSON");

        using var terrain = openTerrain();
        var found = TerrainPeaks.Find(terrain, options, (name, width, height, count) =>
            Console.WriteLine(Invariant($"{name}: {width} × {height} samples, {count} peak(s) with prominence ≥ {options.MinProminenceMetres:F0} m")));
        var features = found.Select(p => PeakFeatures.Create(p.Peak, p.Layer.ToLonLat, p.Id)).ToList();
        var ranked = found
            .OrderByDescending(p => p.Peak.ProminenceMetres)
            .ThenByDescending(p => p.Peak.ElevationMetres)
            .Take(top)
            .ToList();
        if (ranked.Count > 0)
        {
            PeakTable.Create(ranked).Write(Console.Out, CommandGuard.WidthColumns);
        }

        GeoJsonWriter.WriteFile(outputPath, features, "terrain-descent peaks");
        Console.WriteLine($"wrote {found.Count} peak(s) to {outputPath}");
        return 0;
    }
}
