using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace TerrainDescent.Web.Api;

/// <summary>Writes API responses: JSON bodies built in memory (no synchronous I/O on the response), errors as {"error": "…"}.</summary>
public static class ApiResponses
{
    /// <summary>The methods every route answers: the server only reads. Any other method is 405 with this list in <c>Allow</c>.</summary>
    public static IReadOnlyList<string> ReadMethods { get; } = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// Writer options for every API body: only what JSON itself requires is escaped, so messages such as
    /// "not 'abc'" stay readable (the bodies are served as application/json, never embedded in HTML).
    /// </summary>
    public static JsonWriterOptions Options { get; } = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the JSON that <paramref name="write"/> produces with status 200.</summary>
    public static Task Json(HttpContext context, Action<Utf8JsonWriter> write, string contentType = "application/json; charset=utf-8")
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        context.Response.ContentType = contentType;
        context.Response.ContentLength = buffer.WrittenCount;
        return context.Response.Body.WriteAsync(buffer.WrittenMemory).AsTask();
    }

    /// <summary>
    /// Writes raw bytes with a content type and <paramref name="cacheControl"/> (default: no caching by the browser
    /// beyond revalidation).
    /// </summary>
    public static Task Bytes(HttpContext context, byte[] bytes, string contentType, string cacheControl = "no-cache")
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        context.Response.Headers.CacheControl = cacheControl;
        return context.Response.Body.WriteAsync(bytes).AsTask();
    }

    /// <summary>Writes {"error": message} with <paramref name="statusCode"/>.</summary>
    public static Task Error(HttpContext context, int statusCode, string message)
    {
        context.Response.StatusCode = statusCode;
        return Json(context, json =>
        {
            json.WriteStartObject();
            json.WriteString("error", message.ReplaceLineEndings(" "));
            json.WriteEndObject();
        });
    }
}
