using System.Net;
using System.Net.Sockets;
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
/// for one <see cref="TerrainScene"/>. It writes no files: every image is rendered in memory. It answers GET and
/// HEAD only, refuses foreign Host names while on loopback, and bounds the descents it runs at once.
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

            // A failed start is reported once, by the exception below, not as a logged stack trace first.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        }

        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TerrainDescent.Web");
        app.Use(RequestFilters.Middleware(IPAddress.IsLoopback(address)));
        app.Use(ErrorResponses.Middleware(logger));
        var files = new PhysicalFileProvider(Path.GetFullPath(options.WebRoot));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        MapEndpoints.Map(app, scene, options.BasemapUrlTemplate);
        PeakEndpoints.Map(app, scene.Peaks);
        GradientEndpoints.Map(app, scene);
        ContourEndpoints.Map(app, scene);
        var gate = new DescentGate(Math.Max(1, options.MaxConcurrentDescents), Math.Max(0, options.MaxQueuedDescents), options.DescentQueueTimeout);
        DescentEndpoints.Map(app, scene, logger, gate, options.DescentTimeBudget);
        BatchEndpoints.Map(app, scene, gate, options.DescentTimeBudget);
        app.MapFallback("/api/{**rest}", context => ApiResponses.Error(context, StatusCodes.Status404NotFound, $"no such API route: {context.Request.Path}"));

        try
        {
            await app.StartAsync();
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            await app.DisposeAsync();
            throw new IOException(BindProblem(options, e));
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningMapServer(app, new Uri(bound.TrimEnd('/') + "/"));
    }

    /// <summary>Why listening failed, in the user's terms (port in use, address not of this machine).</summary>
    private static string BindProblem(MapServerOptions options, Exception e)
    {
        SocketException? socket = null;
        for (var inner = (Exception?)e; inner is not null && socket is null; inner = inner.InnerException)
        {
            socket = inner as SocketException;
        }

        if (socket is null && e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            socket = new SocketException((int)SocketError.AddressAlreadyInUse);
        }

        var where = FormattableString.Invariant($"{options.Host}:{options.Port}");
        return socket?.SocketErrorCode switch
        {
            SocketError.AddressAlreadyInUse => $"cannot serve on {where}: the port is already in use (another server?); choose another --port, or 0 for any free one",
            SocketError.AddressNotAvailable => $"cannot serve on {where}: {options.Host} is not an address of this machine; use 127.0.0.1, 0.0.0.0 or one of its own addresses",
            SocketError.AccessDenied => $"cannot serve on {where}: permission denied (ports below 1024 need privileges); choose a --port above 1024",
            _ => $"cannot serve on {where}: {(socket?.Message ?? e.Message).TrimEnd('.')}",
        };
    }

    private static IPAddress ParseHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host, out var address) ? address
        : throw new ArgumentException($"--host must be an IP address such as 127.0.0.1 or 0.0.0.0, not '{host}'");
}
