using System.CommandLine;
using TerrainDescent.Cli.Input;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.IO;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal;
using TerrainDescent.Gdal.Imaging;
using TerrainDescent.Web.Map;
using TerrainDescent.Web.Rendering;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// <c>render [DEM] --start LAT,LON --out map.png</c>: the map as a static PNG, without a browser: shaded relief,
/// sea-level mask, the paths with their start and end markers, and the legend.
/// </summary>
public static class RenderCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dem = new Argument<string?>("DEM") { Description = "elevation raster; default N52W007.hgt from the data folder", Arity = ArgumentArity.ZeroOrOne };
        var start = new Option<string>("--start") { Description = "start position LAT,LON in decimal degrees, e.g. 52.6175,-6.7797", Required = true };
        var method = new Option<string>("--method") { Description = $"comma-separated methods: {string.Join(", ", DescentMethods.Names)}, both or all", DefaultValueFactory = _ => "both" };
        var output = new Option<string>("--out") { Description = "PNG file to write (written atomically)", Required = true };
        var size = new Option<int>("--size") { Description = "length of the picture's longer side, pixels", DefaultValueFactory = _ => 1400 };
        var parameters = new DescentOptionSet();
        var command = new Command("render", "Write the map with the paths as a PNG: relief, sea-level mask, paths, markers and legend") { dem, start, method, output, size };
        parameters.AddTo(command);
        command.SetAction(parse => CommandGuard.Run(() => Run(
            parse.GetValue(dem), parse.GetValue(start)!, parse.GetValue(method)!, parse.GetValue(output)!, parse.GetValue(size), parameters.Read(parse), parameters.ReadSnapRadius(parse))));
        return command;
    }

    private static int Run(string? demArgument, string startText, string methodList, string outputPath, int sizePixels, DescentOptions options, double snapRadiusMetres)
    {
        var (latitude, longitude) = LatLonParser.Parse(startText);
        var methods = DescentMethods.Parse(methodList, out var methodError) ?? throw new UserInputException(methodError!);
        if (sizePixels is < 200 or > 8000)
        {
            throw new UserInputException($"--size must be from 200 to 8000 pixels, not {sizePixels}");
        }

        CommandGuard.CheckOutputs([("--out", outputPath)], [demArgument]);

        var raster = RasterReader.Load(DemLocator.Resolve(demArgument));
        using var transformer = Wgs84Transformer.For(raster);
        var surface = new TerrainSurface(raster.Grid);
        var descender = new TerrainDescender(surface);
        var statistics = GridStatistics.Compute(raster.Grid, DescentOptions.DefaultSeaLevelMetres);
        var composition = new MapComposition(DescentMethods.Names, statistics.MinimumMetres, statistics.MaximumMetres);
        var (x, y) = transformer.FromLonLat(longitude, latitude);
        var problem = StartCheck.Problem(surface, x, y);
        if (problem is not null)
        {
            throw new UserInputException(problem);
        }

        var (startX, startY) = descender.ResolveStart(x, y, snapRadiusMetres);
        var paths = methods.Select(m => descender.Descend(m, startX, startY, options)).ToList();
        var frame = ImageFrame.GroundShaped(raster.Grid, sizePixels);
        var picture = MapPicture.Compose(raster.GdalPath, raster.Grid, composition, frame, paths, options.SeaLevelMetres);
        var png = PngCodec.Encode(picture);
        AtomicFile.Write(outputPath, stream => stream.Write(png));
        foreach (var path in paths)
        {
            var (lon, lat) = transformer.ToLonLat(path.End.X, path.End.Y);
            Console.WriteLine(FormattableString.Invariant(
                $"{path.Method}: ends at lat {lat:F5}, lon {lon:F5}, {path.End.ElevationMetres:F1} m ({path.Reason.ToName()}, {path.Steps} steps)"));
        }

        Console.WriteLine($"wrote {frame.Width}×{frame.Height} map to {outputPath}");
        return 0;
    }
}
