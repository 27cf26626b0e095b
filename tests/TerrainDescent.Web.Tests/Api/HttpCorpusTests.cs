using System.Net;
using System.Text.Json;

namespace TerrainDescent.Web.Tests.Api;

/// <summary>
/// The HTTP half of the bad-input corpus, against a real server on 127.0.0.1: unknown, empty, repeated and
/// non-plain parameters (400), methods other than GET and HEAD (405 with <c>Allow</c>), foreign Host names
/// (403, DNS rebinding), each with a one-line JSON reason; HEAD answers wherever GET does. After every refused
/// request the server still answers a normal one.
/// </summary>
[Trait("Category", "Web")]
public sealed class HttpCorpusTests(MapServerFixture server) : IClassFixture<MapServerFixture>
{
    private const string Leinster = "lat=52.6175&lon=-6.7797";

    public static TheoryData<string, int, string> BadQueries => new()
    {
        { $"api/descend?{Leinster}&alhpa=5", 400, "unknown parameter 'alhpa'; known: lat, lon, methods, alpha" },
        { $"api/descend?{Leinster}&LAT=52", 400, "unknown parameter 'LAT'" },
        { $"api/descend?{Leinster}&alpha=", 400, "alpha is empty; give a value or leave the parameter out" },
        { $"api/descend?{Leinster}&methods=", 400, "methods is empty" },
        { "api/descend?lat=&lon=-6.7797", 400, "lat is empty" },
        { $"api/descend?{Leinster}&alpha=1,5", 400, "alpha must be a finite number (for example 10), not '1,5'" },
        { $"api/descend?{Leinster}&alpha=%201", 400, "alpha must be a finite number (for example 10), not ' 1'" },
        { $"api/descend?{Leinster}&alpha=1%20", 400, "not '1 '" },
        { $"api/descend?{Leinster}&alpha=0x10", 400, "not '0x10'" },
        { $"api/descend?{Leinster}&alpha=1_000", 400, "not '1_000'" },
        { $"api/descend?{Leinster}&alpha=Infinity", 400, "not 'Infinity'" },
        { $"api/descend?{Leinster}&alpha=1e999", 400, "not '1e999'" },
        { $"api/descend?{Leinster}&alpha=%E2%88%9E", 400, "not '∞'" },
        { $"api/descend?{Leinster}&maxSteps=1000000", 400, "maxSteps must be from 1 to 200000, not 1000000" },
        { $"api/descend?{Leinster}&maxSteps=1.5", 400, "maxSteps must be a whole number from 1 to 200000, not '1.5'" },
        { $"api/descend?{Leinster}&maxSteps=1e3", 400, "not '1e3'" },
        { $"api/descend?{Leinster}&maxSteps=%2B5%20", 400, "not '+5 '" },
        { "api/descend?lat=52.6175&lat=52.6&lon=-6.7797", 400, "lat is given 2 times" },
        { $"api/descend.geojson?{Leinster}&alhpa=5", 400, "unknown parameter 'alhpa'" },
        { $"api/descend.geojson?{Leinster}&snapRadius=", 400, "snapRadius is empty" },
        { "api/map?seaLevel=abc", 400, "seaLevel must be a finite number" },
        { "api/map?sealevel=4", 400, "unknown parameter 'sealevel'; known: seaLevel" },
        { "api/tiles/mask/9/245/168.png?seaLevel=", 400, "seaLevel is empty" },
        { "api/info?x=1", 400, "unknown parameter 'x'; this route takes no parameters" },
        { "api/methods?cache=1", 400, "this route takes no parameters" },
        { "api/tiles/relief/9/245/168.png?v=2", 400, "this route takes no parameters" },
        { "api/elevation?lat=52.6&lon=-6.7&seaLevel=4", 400, "unknown parameter 'seaLevel'; known: lat, lon" },
        { "api/elevation?lat=52.6", 400, "lon is required" },
        { "api/no-such-route", 404, "no such API route" },
    };

    public static TheoryData<string, string> OtherMethods => new()
    {
        { "POST", "/api/descend?" + Leinster },
        { "PUT", "/" },
        { "DELETE", "/api/info" },
        { "PATCH", "/index.html" },
        { "OPTIONS", "/api/map" },
        { "TRACE", "/" },
    };

    public static TheoryData<string> ForeignHosts => new()
    {
        "evil.example",
        "evil.example:5080",
        "127.0.0.1.evil.example",
        "localhost.evil.example",
        "10.0.0.7",
        "[2001:db8::1]",
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Get_BadQuery_AnswersStatusWithOneLineReason(string target, int status, string fragment)
    {
        var response = await server.Client.GetAsync(target);

        Assert.Equal(status, (int)response.StatusCode);
        AssertOneLineError(await response.Content.ReadAsStringAsync(), fragment);
        await AssertStillServes();
    }

    [Theory]
    [MemberData(nameof(OtherMethods))]
    public async Task Request_WithMethodOtherThanGetOrHead_Answers405WithAllow(string method, string target)
    {
        var response = await RawHttp.SendAsync(server.Url, method, target);

        Assert.Equal(405, response.Status);
        Assert.Equal("GET, HEAD", response.Headers["Allow"]);
        AssertOneLineError(response.Body, $"method {method} is not allowed");
        await AssertStillServes();
    }

    [Theory]
    [MemberData(nameof(ForeignHosts))]
    public async Task Request_WithForeignHostOnLoopback_IsRefused(string host)
    {
        var response = await RawHttp.SendAsync(server.Url, "GET", "/api/info", host);

        Assert.Equal(403, response.Status);
        AssertOneLineError(response.Body, "listens on loopback only");
        await AssertStillServes();
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST:5080")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.2:80")]
    [InlineData("[::1]:5080")]
    [InlineData("map.localhost")]
    public async Task Request_WithLoopbackHost_IsAnswered(string host)
    {
        var response = await RawHttp.SendAsync(server.Url, "GET", "/api/info", host);

        Assert.Equal(200, response.Status);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/info")]
    [InlineData("/api/methods")]
    [InlineData("/api/map?seaLevel=4")]
    [InlineData("/api/tiles/relief/9/245/168.png")]
    [InlineData("/api/tiles/mask/9/245/168.png?seaLevel=4")]
    [InlineData("/api/elevation?lat=52.6&lon=-6.7")]
    [InlineData("/api/descend?" + Leinster + "&methods=water")]
    [InlineData("/api/descend.geojson?" + Leinster + "&methods=water")]
    public async Task Head_WhereverGetWorks_Answers200WithoutBody(string target)
    {
        var get = await server.Client.GetAsync(target.TrimStart('/'));
        using var request = new HttpRequestMessage(HttpMethod.Head, target.TrimStart('/'));

        var head = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    private static void AssertOneLineError(string body, string fragment)
    {
        using var json = JsonDocument.Parse(body);
        var message = json.RootElement.GetProperty("error").GetString()!;
        Assert.Contains(fragment, message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
    }

    private async Task AssertStillServes()
    {
        var response = await server.Client.GetAsync("api/elevation?lat=52.6175&lon=-6.7797");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
