using TerrainDescent.TestSupport;
using TerrainDescent.Web.Hosting;

namespace TerrainDescent.Web.Tests;

/// <summary>
/// A real map server (Kestrel on 127.0.0.1, port 0) for the SE Ireland tile N52W007, started once per test class
/// that uses it, with an <see cref="HttpClient"/> pointed at it.
/// </summary>
public sealed class MapServerFixture : IAsyncLifetime
{
    private RunningMapServer? _server;

    /// <summary>The scene served.</summary>
    public TerrainScene Scene { get; private set; } = null!;

    /// <summary>The page's address.</summary>
    public Uri Url => _server!.Url;

    /// <summary>A client for the server.</summary>
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Scene = TerrainScene.Open([TestData.N52W007]);
        _server = await MapServer.StartAsync(Scene, new MapServerOptions { Host = "127.0.0.1", Port = 0 });
        Client = new HttpClient { BaseAddress = _server.Url, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Starts a server for another tile, for tests that need other terrain (for example voids).</summary>
    public static async Task<RunningMapServer> StartAsync(string tilePath) =>
        await MapServer.StartAsync(TerrainScene.Open([tilePath]), new MapServerOptions { Port = 0 });
}
