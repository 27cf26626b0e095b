using System.Net;
using Microsoft.AspNetCore.Http;
using TerrainDescent.Web.Api;

namespace TerrainDescent.Web.Hosting;

/// <summary>
/// The checks every request passes before any route: the server only reads, so a method other than GET or HEAD is
/// 405 with <c>Allow: GET, HEAD</c>; and while bound to loopback, a request whose <c>Host</c> is not a loopback
/// name or address is 403, so a web page cannot reach the map through a rebound DNS name (DNS rebinding).
/// </summary>
public static class RequestFilters
{
    /// <summary>The middleware; <paramref name="loopbackOnly"/> turns the Host check on.</summary>
    public static Func<HttpContext, RequestDelegate, Task> Middleware(bool loopbackOnly) => (context, next) =>
    {
        if (!ApiResponses.ReadMethods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
        {
            context.Response.Headers.Allow = string.Join(", ", ApiResponses.ReadMethods);
            return ApiResponses.Error(context, StatusCodes.Status405MethodNotAllowed, $"method {Shorten(context.Request.Method)} is not allowed; this server only answers GET and HEAD");
        }

        if (loopbackOnly && !IsLoopbackHost(context.Request.Host))
        {
            return ApiResponses.Error(
                context,
                StatusCodes.Status403Forbidden,
                $"host '{Shorten(context.Request.Host.Value ?? "")}' is refused: this server listens on loopback only and answers localhost, 127.0.0.1 or [::1]");
        }

        return next(context);
    };

    /// <summary>Whether <paramref name="host"/> (the Host header, port ignored) names this machine's loopback.</summary>
    public static bool IsLoopbackHost(HostString host)
    {
        if (!host.HasValue)
        {
            return false;
        }

        var name = host.Host.Trim('[', ']').TrimEnd('.');
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(name, out var address) && IPAddress.IsLoopback(address));
    }

    private static string Shorten(string text) => (text.Length > 40 ? text[..40] + "…" : text).ReplaceLineEndings(" ");
}
