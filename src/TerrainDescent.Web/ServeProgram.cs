using System.CommandLine;
using System.Net;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Application.Terrain;
using TerrainDescent.Core.Terrain.Tiles;
using TerrainDescent.Gdal;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.Web.Hosting;

namespace TerrainDescent.Web;

/// <summary>
/// The <c>terrain-descent-serve</c> program, which <c>terrain-descent serve</c> runs: <c>[DEM...] [--port N]
/// [--host ADDRESS] [--basemap URL] [--cache-mb N] [--missing-tiles edge|sea]</c> starts the interactive map of any
/// number of tiles and prints its address; runs until Ctrl+C or SIGTERM. Errors are one line on stderr: exit code 2
/// for a malformed command line, 1 for bad input, 70 for an internal error.
/// </summary>
public static class ServeProgram
{
    /// <summary>The port used when none is given.</summary>
    public const int DefaultPort = 5080;

    /// <summary>Parses the command line and serves the map.</summary>
    public static int Main(string[] args)
    {
        var dems = new Argument<string[]>("DEM") { Description = "elevation rasters or folders of tiles in lon/lat, scattered or adjacent, as one map; default N52W007.hgt from the data folder", Arity = ArgumentArity.ZeroOrMore };
        var port = new Option<int>("--port") { Description = "TCP port (0 = any free port)", DefaultValueFactory = _ => DefaultPort };
        var host = new Option<string>("--host") { Description = "address to listen on; the default keeps the map on this machine", DefaultValueFactory = _ => "127.0.0.1" };
        var basemap = new Option<string?>("--basemap") { Description = "an XYZ tile URL template drawn under the relief, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (off by default: the map works offline)" };
        var cacheMegabytes = new Option<int>("--cache-mb") { Description = "memory for decoded tiles, MiB; tiles are read on demand and the least recently used dropped", DefaultValueFactory = _ => TileCache.DefaultMegabytes };
        var missingTiles = new Option<string>("--missing-tiles") { Description = "where no tile was given: edge (the data ends; paths stop left-raster) or sea (0 m)", DefaultValueFactory = _ => TerrainOpening.DefaultMissingTiles };
        var command = new RootCommand("terrain-descent serve: start the interactive map. Click a start, see the paths, the profile and the animation") { dems, port, host, basemap, cacheMegabytes, missingTiles };
        command.SetAction(parse => Guard(() => Run(
            () => TerrainOpening.Open(parse.GetValue(dems), parse.GetValue(cacheMegabytes), parse.GetValue(missingTiles)!),
            parse.GetValue(port),
            parse.GetValue(host)!,
            parse.GetValue(basemap))));

        var parse = command.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            var messages = parse.Errors.Select(e => e.Message.TrimEnd('.')).Distinct();
            return Fail($"{string.Join("; ", messages)} (see 'terrain-descent serve --help')", Failures.UsageError);
        }

        // The DEM argument takes any number of paths, so a misspelt option would be taken for a file name: name it as one.
        var stray = parse.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>()
            .SelectMany(a => a.Tokens).FirstOrDefault(t => t.Value.StartsWith("--", StringComparison.Ordinal));
        if (stray is not null && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            return Fail($"Unrecognized command or argument '{stray.Value}' (see 'terrain-descent serve --help')", Failures.UsageError);
        }

        return parse.Invoke();
    }

    /// <summary>Runs <paramref name="body"/>, turning every failure into one line and an exit code (<see cref="Failures"/>).</summary>
    private static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e)
        {
            var (message, exitCode) = Failures.Describe(e);
            return Fail(message, exitCode);
        }
    }

    private static int Fail(string message, int exitCode)
    {
        Console.Error.WriteLine(Failures.ErrorLine(message));
        return exitCode;
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
        if (terrain.TileCount == 1 && AllVoid(OnlyTileSamples(terrain.Layers[0].Surface)))
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

    private static float[] OnlyTileSamples(Core.Terrain.TerrainSurface surface)
    {
        using var reader = surface.OpenReader();
        return reader.OwnedSamples(0);
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
