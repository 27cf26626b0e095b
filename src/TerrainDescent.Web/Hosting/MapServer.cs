using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using TerrainDescent.Web.Api;

namespace TerrainDescent.Web.Hosting;

/// <summary>
/// The map server: Kestrel serving the page's static files (from its web root only) and the JSON and PNG API
/// for one <see cref="TerrainScene"/>. It writes no files: every image is rendered in memory.
/// </summary>
public static class MapServer
{
    /// <summary>Starts the server and returns once it listens; throws <see cref="ArgumentException"/> for a bad host.</summary>
    public static async Task<RunningMapServer> StartAsync(TerrainScene scene, MapServerOptions options)
    {
        if (!Directory.Exists(options.WebRoot) || !File.Exists(Path.Combine(options.WebRoot, "index.html")))
        {
            throw new DirectoryNotFoundException($"the map page is missing from {options.WebRoot}; build with scripts/setup.sh");
        }

        var address = ParseHost(options.Host);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = options.WebRoot,
            Args = [],
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, options.Port));
        builder.Logging.ClearProviders();
        if (options.LogToConsole)
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        }

        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TerrainDescent.Web");
        app.Use(ErrorResponses.Middleware(logger));
        var files = new PhysicalFileProvider(Path.GetFullPath(options.WebRoot));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        MapEndpoints.Map(app, scene);
        DescentEndpoints.Map(app, scene, logger);
        app.MapFallback("/api/{**rest}", context => ApiResponses.Error(context, StatusCodes.Status404NotFound, $"no such API route: {context.Request.Path}"));

        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningMapServer(app, new Uri(bound.TrimEnd('/') + "/"));
    }

    private static IPAddress ParseHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host, out var address) ? address
        : throw new ArgumentException($"--host must be an IP address such as 127.0.0.1 or 0.0.0.0, not '{host}'");
}
