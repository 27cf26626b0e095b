using System.Net.Sockets;
using System.Text;

namespace TerrainDescent.Web.Tests.Api;

/// <summary>
/// Sends a request line exactly as written (HttpClient would normalise "/../" away), for path-traversal tests,
/// and requests with any method and Host header, for the method and DNS-rebinding checks.
/// </summary>
internal static class RawHttp
{
    public sealed record Response(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

    /// <summary>Sends <paramref name="method"/> <paramref name="rawTarget"/> with the Host header <paramref name="host"/> (null: the server's own).</summary>
    public static async Task<Response> SendAsync(Uri server, string method, string rawTarget, string? host = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        var request = $"{method} {rawTarget} HTTP/1.1\r\nHost: {host ?? $"{server.Host}:{server.Port}"}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var response = await reader.ReadToEndAsync();
        var headEnd = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = (headEnd < 0 ? response : response[..headEnd]).Split("\r\n");
        var status = int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = head.Skip(1).Select(h => h.Split(':', 2)).Where(h => h.Length == 2)
            .ToDictionary(h => h[0].Trim(), h => h[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new Response(status, headers, headEnd < 0 ? "" : response[(headEnd + 4)..]);
    }

    public static async Task<(int Status, string Body)> GetAsync(Uri server, string rawTarget)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET {rawTarget} HTTP/1.1\r\nHost: {server.Host}:{server.Port}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var response = await reader.ReadToEndAsync();
        var statusLine = response.Split("\r\n", 2)[0];
        var status = int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var bodyStart = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, bodyStart < 0 ? "" : response[(bodyStart + 4)..]);
    }
}
