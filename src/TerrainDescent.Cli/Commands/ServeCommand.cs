using System.CommandLine;
using System.Net;
using TerrainDescent.Cli.Input;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.Web;
using TerrainDescent.Web.Hosting;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// <c>serve [DEM...] [--port N] [--host ADDRESS]</c>: starts the interactive map of one raster (or several joined)
/// and prints its address; runs until Ctrl+C.
/// </summary>
public static class ServeCommand
{
    /// <summary>The port used when none is given.</summary>
    public const int DefaultPort = 5080;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dems = new Argument<string[]>("DEM") { Description = "elevation rasters or folders of tiles in lon/lat, scattered or adjacent, as one map; default N52W007.hgt from the data folder", Arity = ArgumentArity.ZeroOrMore };
        var port = new Option<int>("--port") { Description = "TCP port (0 = any free port)", DefaultValueFactory = _ => DefaultPort };
        var host = new Option<string>("--host") { Description = "address to listen on; the default keeps the map on this machine", DefaultValueFactory = _ => "127.0.0.1" };
        var basemap = new Option<string?>("--basemap") { Description = "an XYZ tile URL template drawn under the relief, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (off by default: the map works offline)" };
        var terrain = new TerrainOptionSet();
        var command = new Command("serve", "Start the interactive map: click a start, see both paths, the profile and the animation") { dems, port, host, basemap };
        terrain.AddTo(command);
        command.SetAction(parse => CommandGuard.Run(() => Run(() => terrain.Open(parse, parse.GetValue(dems)), parse.GetValue(port), parse.GetValue(host)!, parse.GetValue(basemap))));
        return command;
    }

    private static int Run(Func<TiledTerrain> openTerrain, int port, string host, string? basemap)
    {
        if (basemap is not null && !(Uri.TryCreate(basemap.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && basemap.Contains("{z}", StringComparison.Ordinal) && basemap.Contains("{x}", StringComparison.Ordinal) && basemap.Contains("{y}", StringComparison.Ordinal)))
        {
            throw new UserInputException($"--basemap must be an http(s) URL template with {{z}}, {{x}} and {{y}}, not '{basemap}'");
        }

        if (port is < 0 or > 65535)
        {
            throw new UserInputException($"--port must be from 0 to 65535, not {port}");
        }

        using var terrain = openTerrain();
        TerrainScene scene;
        try
        {
            scene = new TerrainScene(terrain);
        }
        catch (ArgumentException e)
        {
            throw new UserInputException(e.Message);
        }

        // One tile can be checked in constant time; a folder is served as it is and its voids answer as voids.
        if (terrain.TileCount == 1 && AllVoid(terrain.Layers[0].Surface.AssembleComponent(0).Grid.Elevations))
        {
            throw new UserInputException($"{scene.Name} has no valid elevation sample (every sample is a void); there is nothing to map");
        }

        RunningMapServer server;
        try
        {
            server = MapServer.StartAsync(scene, new MapServerOptions { Host = host, Port = port, LogToConsole = true, BasemapUrlTemplate = basemap }).GetAwaiter().GetResult();
        }
        catch (ArgumentException e)
        {
            throw new UserInputException(e.Message);
        }

        if (!IPAddress.TryParse(host, out var address) ? !host.Equals("localhost", StringComparison.OrdinalIgnoreCase) : !IPAddress.IsLoopback(address))
        {
            Console.Error.WriteLine($"terrain-descent: warning: serving on {host}, reachable from other machines; the server has no authentication, so anyone who can reach it can use it");
        }

        Console.WriteLine($"TerrainDescent map of {scene.Name} ({terrain.DescribeBounds()}): {server.Url}");
        Console.WriteLine("Open it in a browser and click a start point. Press Ctrl+C to stop.");
        server.WaitForShutdownAsync().GetAwaiter().GetResult();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }

    private static bool AllVoid(ReadOnlySpan<float> samples)
    {
        foreach (var sample in samples)
        {
            if (!float.IsNaN(sample))
            {
                return false;
            }
        }

        return true;
    }
}
