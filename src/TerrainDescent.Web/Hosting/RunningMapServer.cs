using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace TerrainDescent.Web.Hosting;

/// <summary>A started map server: its address, and a way to wait for it or stop it.</summary>
public sealed class RunningMapServer(WebApplication app, Uri url) : IAsyncDisposable
{
    /// <summary>The page's address, for example <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Url { get; } = url;

    /// <summary>Completes when the server is asked to stop (Ctrl+C or SIGTERM).</summary>
    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    /// <summary>Stops the server and releases its port.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
