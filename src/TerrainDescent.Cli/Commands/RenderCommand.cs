using System.CommandLine;
using TerrainDescent.Application.Descents;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Cli.Input;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.IO;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.Rendering;
using TerrainDescent.Rendering.Map;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// <c>render [DEM…] --start LAT,LON --out map.png</c>: the map as a static PNG, without a browser: shaded relief,
/// sea-level mask, the paths with their start and end markers, scale bar, north arrow and legend, and with
/// <c>--profile</c> the paths' elevation profile under the map. The view fits the
/// paths with a margin unless <c>--bbox</c> or <c>--fit tile</c> says otherwise.
/// </summary>
public static class RenderCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dems = new Argument<string[]>("DEM") { Description = "elevation rasters or folders of tiles, read as one surface; default N52W007.hgt from the data folder", Arity = ArgumentArity.ZeroOrMore };
        var start = new Option<string>("--start") { Description = "start position LAT,LON in decimal degrees, e.g. 52.6175,-6.7797", Required = true };
        var method = new Option<string>("--method") { Description = $"comma-separated methods: {string.Join(", ", DescentMethods.Names)}, both (hill-walker and momentum) or all", DefaultValueFactory = _ => "both" };
        var output = new Option<string>("--out") { Description = "picture to write, .png (written atomically)", Required = true };
        var size = new Option<int>("--size") { Description = "length of the picture's longer side, pixels", DefaultValueFactory = _ => 1400 };
        var bbox = new Option<string?>("--bbox") { Description = "show this box instead, W,S,E,N in decimal degrees" };
        var profile = new Option<bool>("--profile") { Description = "add the elevation profile of the paths under the map" };
        var fit = new Option<string>("--fit") { Description = "what the view shows without --bbox: paths (with a margin) or tile (the whole tile of the start)", DefaultValueFactory = _ => "paths" };
        var parameters = new DescentOptionSet();
        var terrain = new TerrainOptionSet();
        var command = new Command("render", "Write the map with the paths as a PNG: relief, sea-level mask, paths, markers, scale bar and legend") { dems, start, method, output, size, bbox, fit, profile };
        parameters.AddTo(command);
        terrain.AddTo(command);
        command.SetAction(parse => CommandGuard.Run(() => Run(
            () => terrain.Open(parse, parse.GetValue(dems)), parse.GetValue(dems), parse.GetValue(start)!, parse.GetValue(method)!, parse.GetValue(output)!,
            parse.GetValue(size), parse.GetValue(bbox), parse.GetValue(fit)!, parse.GetValue(profile), parameters.Read(parse), parameters.ReadSnapRadius(parse))));
        return command;
    }

    private static int Run(Func<TiledTerrain> openTerrain, string[]? demArguments, string startText, string methodList, string outputPath, int sizePixels,
        string? bboxText, string fitText, bool withProfile, DescentOptions options, double snapRadiusMetres)
    {
        var (latitude, longitude) = LatLonParser.Parse(startText);
        var methods = DescentMethods.Parse(methodList, out var methodError) ?? throw new UserInputException(methodError!);
        if (sizePixels is < 200 or > 8000)
        {
            throw new UserInputException($"--size must be from 200 to 8000 pixels, not {sizePixels}");
        }

        var fitTile = fitText.Trim().ToLowerInvariant() switch
        {
            "paths" => false,
            "tile" => true,
            var other => throw new UserInputException($"--fit must be paths or tile, not '{other}'"),
        };
        var box = bboxText is null ? ((double, double, double, double)?)null : BoundingBoxParser.Parse(bboxText);
        CommandGuard.CheckOutputs([("--out", outputPath)], demArguments is null || demArguments.Length == 0 ? new string?[] { null } : demArguments);
        if (outputPath == "-")
        {
            throw new UserInputException("--out -: render writes a PNG file, not to standard output; name the file *.png");
        }

        OutputFormat.Require("--out", outputPath, OutputFormat.Png, "PNG");

        using var terrain = openTerrain();
        var result = DescentFromStart.Run(terrain, new DescentRequest(longitude, latitude, methods, options, snapRadiusMetres));
        var (layer, surface, paths) = (result.Layer, result.Layer.Surface, result.Paths);
        var (startX, startY) = (result.Start.X, result.Start.Y);

        var extent = box is { } b ? Project(layer, b) : fitTile ? TileExtent(layer, startX, startY) : ViewFit.AroundPaths(paths, surface.Kind);
        var view = LinearView.GroundShaped(extent, surface.Kind, sizePixels);
        var surfaces = terrain.Layers.Where(l => l.CrsWkt == layer.CrsWkt).Select(l => l.Surface).ToList();
        var samples = TerrainSamples.Read(view, surfaces);
        var composition = new MapComposition(DescentMethods.Names, samples.MinimumMetres, samples.MaximumMetres);
        var picture = MapPicture.Compose(view, samples, composition, paths, options.SeaLevelMetres);
        if (withProfile)
        {
            // The panel is a quarter as tall as the map is wide (at least 180 pixels), its text scaled as the map's.
            var lines = paths.Select(p => new ProfileLine(p.Method, result.Descender.CumulativeMetres(p), p.Vertices.Select(v => v.ElevationMetres).ToArray())).ToList();
            var panel = ProfilePanel.Draw(view.Width, Math.Max(180, view.Width / 4), composition, lines, options.SeaLevelMetres, MapPicture.UiScale(view));
            picture = MapImage.Stack(picture, panel);
        }

        var png = picture.EncodePng();
        AtomicFile.Write(outputPath, stream => stream.Write(png));
        foreach (var path in paths)
        {
            var (lon, lat) = layer.ToLonLat(path.End.X, path.End.Y);
            Console.WriteLine(Invariant($"{path.Method}: ends at lat {lat:F5}, lon {lon:F5}, {path.End.ElevationMetres:F1} m ({path.Reason.ToName()}, {path.Steps} steps)"));
        }

        Console.WriteLine($"wrote {picture.Width}×{picture.Height} map{(withProfile ? " with its profile" : "")} to {outputPath}");
        return 0;
    }

    /// <summary>The CRS envelope of a WGS84 box: its corners and edge midpoints, transformed.</summary>
    private static CrsExtent Project(TerrainLayer layer, (double West, double South, double East, double North) box)
    {
        var (w, s, e, n) = box;
        var points = new[] { (w, s), (w, n), (e, s), (e, n), ((w + e) / 2, s), ((w + e) / 2, n), (w, (s + n) / 2), (e, (s + n) / 2) };
        try
        {
            return CrsExtent.Around(points.Select(p => layer.FromLonLat(p.Item1, p.Item2)));
        }
        catch (GdalException)
        {
            throw new UserInputException($"--bbox has no place in the CRS of {layer.Tiles[0].Name}");
        }
    }

    /// <summary>The outer cell edges of the tile holding the start, in the layer's CRS.</summary>
    private static CrsExtent TileExtent(TerrainLayer layer, double x, double y)
    {
        var tile = layer.Tiles.FirstOrDefault(t => t.Covers(x, y)) ?? layer.Tiles[0];
        return new CrsExtent(tile.West, tile.South, tile.East, tile.North);
    }
}
