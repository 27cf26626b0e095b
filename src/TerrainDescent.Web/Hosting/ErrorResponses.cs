using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TerrainDescent.Web.Api;

namespace TerrainDescent.Web.Hosting;

/// <summary>
/// Turns failures into JSON answers: bad parameters and malformed requests are 400 with the one-line reason; a busy
/// server is 503 with <c>Retry-After</c>; anything else is logged and answered 500 "internal error" without a stack trace.
/// </summary>
public static class ErrorResponses
{
    /// <summary>The middleware.</summary>
    public static Func<HttpContext, RequestDelegate, Task> Middleware(ILogger logger) => async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (ApiInputException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await ApiResponses.Error(context, StatusCodes.Status400BadRequest, e.Message);
        }
        catch (ServerBusyException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.Headers.RetryAfter = DescentGate.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ApiResponses.Error(context, StatusCodes.Status503ServiceUnavailable, e.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await ApiResponses.Error(context, e.StatusCode, $"malformed request: {e.Message}");
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            logger.LogError(e, "request {Path} failed", context.Request.Path);
            context.Response.Clear();
            await ApiResponses.Error(context, StatusCodes.Status500InternalServerError, "internal error; see the server log");
        }
    };
}
