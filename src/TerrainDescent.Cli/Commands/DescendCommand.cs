using System.CommandLine;
using TerrainDescent.Application.Descents;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Application.Outputs;
using TerrainDescent.Cli.Input;
using TerrainDescent.Cli.Output;
using TerrainDescent.Core.Descent;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.GeoJson;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// <c>descend DEM --start LAT,LON --out FILE.geojson|.gpx|.gpkg [--simplify METRES]</c>: runs the chosen methods from
/// one start, prints a summary table (with ascent and descent) and writes one LineString or GPX track per path, every
/// step by default.
/// </summary>
public static class DescendCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dems = new Argument<string[]>("DEM") { Description = "elevation rasters or folders of tiles (.hgt, .hgt.zip, GeoTIFF, …), read as one surface; default N52W007.hgt from the data folder", Arity = ArgumentArity.ZeroOrMore };
        var start = new Option<string>("--start") { Description = "start position LAT,LON in decimal degrees, e.g. 52.6175,-6.7797", Required = true };
        var method = new Option<string>("--method") { Description = $"comma-separated methods: {string.Join(", ", DescentMethods.Names)}, both (hill-walker and momentum) or all", DefaultValueFactory = _ => "both" };
        var output = new Option<string>("--out") { Description = "file to write (written atomically), in the format its extension names: .geojson, .gpx (GPX 1.1 tracks) or .gpkg (GeoPackage)", Required = true };
        var simplify = new SimplifyOption(0.0);
        var parameters = new DescentOptionSet();
        var terrain = new TerrainOptionSet();
        var command = new Command("descend", "Descend from a start with the chosen methods (--method); print a summary and write GeoJSON, GPX or GeoPackage") { dems, start, method, output, simplify.Option };
        parameters.AddTo(command);
        terrain.AddTo(command);
        command.SetAction(parse => CommandGuard.Run(() => Run(
            () => terrain.Open(parse, parse.GetValue(dems)), parse.GetValue(dems), parse.GetValue(start)!, parse.GetValue(method)!, parse.GetValue(output)!, parameters.Read(parse), parameters.ReadSnapRadius(parse), simplify.Read(parse))));
        return command;
    }

    private static int Run(Func<TiledTerrain> openTerrain, string[]? demArguments, string startText, string methodList, string outputPath, DescentOptions options, double snapRadiusMetres, double simplifyMetres)
    {
        var (latitude, longitude) = LatLonParser.Parse(startText);
        var methods = DescentMethods.Parse(methodList, out var methodError) ?? throw new UserInputException(methodError!);
        CommandGuard.CheckOutputs([("--out", outputPath)], demArguments is null || demArguments.Length == 0 ? new string?[] { null } : demArguments);
        OutputFormat.Require("--out", outputPath, OutputFormat.Paths, "GeoJSON, GPX or GeoPackage");

        using var terrain = openTerrain();
        var result = DescentFromStart.Run(terrain, new DescentRequest(longitude, latitude, methods, options, snapRadiusMetres));
        var (layer, start, paths) = (result.Layer, result.Start, result.Paths);
        var (startLon, startLat) = layer.ToLonLat(start.X, start.Y);
        Console.WriteLine(Invariant($"{layer.TileNameAt(start.X, start.Y)}: start lat {startLat:F5}, lon {startLon:F5}, elevation {start.ElevationMetres:F1} m")
            + (snapRadiusMetres > 0 ? Invariant($" (highest cell within {snapRadiusMetres:F0} m)") : ""));

        PathTable.Create(paths, layer.ToLonLat).Write(Console.Out, CommandGuard.WidthColumns);

        var features = paths.Select(p => PathFeatures.Create(p, layer.ToLonLat, simplifyMetres: simplifyMetres)).ToList();
        PathFile.Write(outputPath, "terrain-descent paths", hasStartIds: false, stream => GeoJsonWriter.Write(stream, features, "terrain-descent paths"));
        Console.WriteLine($"wrote {paths.Count} path(s) to {outputPath}");
        return 0;
    }
}
