using System.Net;
using System.Text.Json;
using TerrainDescent.Web.Api;
using TerrainDescent.Web.Hosting;

namespace TerrainDescent.Web.Tests.Api;

/// <summary>The per-request caps of the descent routes: the step cap and the server-side thinning of long paths.</summary>
[Trait("Category", "Web")]
public sealed class DescentLimitsTests(MapServerFixture server) : IClassFixture<MapServerFixture>
{
    private const string SlowMomentum = "api/descend?lat=52.6175&lon=-6.7797&methods=momentum&maxSteps=200000&alpha=0.001";

    /// <summary>
    /// Four methods at the step cap with tiny steps: long enough (a few hundred milliseconds) that a burst of them
    /// overlaps on any machine, however fast one descent has become.
    /// </summary>
    private const string SlowFourMethods = "api/descend?lat=52.6175&lon=-6.7797&methods=momentum,nesterov,adam,rmsprop&maxSteps=200000&alpha=0.001&eta=0.001";

    [Fact]
    public async Task Descend_LongerThanTheVertexCap_IsThinnedWithTheStrideReportedAndTheEndsKept()
    {
        using var body = JsonDocument.Parse(await server.Client.GetStringAsync(SlowMomentum));

        var path = body.RootElement.GetProperty("paths")[0];
        var steps = path.GetProperty("steps").GetInt32();
        var stride = path.GetProperty("thinnedEvery").GetInt32();
        var longitudes = path.GetProperty("lonE7");
        Assert.True(steps + 1 > DescentJson.MaxVerticesPerPath, $"the descent is long enough to thin ({steps} steps)");
        Assert.Equal(DescentJson.ThinningStride(steps + 1), stride);
        Assert.InRange(longitudes.GetArrayLength(), DescentJson.MaxVerticesPerPath / 2, DescentJson.MaxVerticesPerPath);
        Assert.Equal(Math.Round(path.GetProperty("endLon").GetDouble() * 1e7), longitudes[longitudes.GetArrayLength() - 1].GetInt64());
        var distances = path.GetProperty("distanceDm");
        Assert.Equal(path.GetProperty("groundLengthMetres").GetDouble(), distances[distances.GetArrayLength() - 1].GetInt64() / 10.0, 0.2);
    }

    [Fact]
    public async Task Descend_ShorterThanTheVertexCap_ReturnsEveryStep()
    {
        using var body = JsonDocument.Parse(await server.Client.GetStringAsync("api/descend?lat=52.6175&lon=-6.7797&methods=water"));

        var path = body.RootElement.GetProperty("paths")[0];
        Assert.Equal(1, path.GetProperty("thinnedEvery").GetInt32());
        Assert.Equal(path.GetProperty("steps").GetInt32() + 1, path.GetProperty("lonE7").GetArrayLength());
    }

    [Fact]
    public async Task DescendGeoJson_OverTheVertexLimit_IsSimplifiedWithTheToleranceReported()
    {
        var response = await server.Client.GetAsync(SlowMomentum.Replace("api/descend?", "api/descend.geojson?", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var properties = body.RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal(DescentEndpoints.DownloadSimplifyMetres, properties.GetProperty("simplify_m").GetDouble());
    }

    [Fact]
    public async Task Descend_BeyondTheQueue_Answers503WithRetryAfterAndTheServerRecovers()
    {
        var options = new MapServerOptions { Port = 0, MaxConcurrentDescents = 1, MaxQueuedDescents = 2 };
        await using var small = await MapServer.StartAsync(server.Scene, options);
        using var client = new HttpClient { BaseAddress = small.Url, Timeout = TimeSpan.FromSeconds(60) };

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.GetAsync(SlowFourMethods)));

        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.NotEmpty(refused);
        Assert.All(refused, r => Assert.Equal(TimeSpan.FromSeconds(DescentGate.RetryAfterSeconds), r.Headers.RetryAfter?.Delta));
        using (var body = JsonDocument.Parse(await refused[0].Content.ReadAsStringAsync()))
        {
            Assert.Contains("the server is busy", body.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/descend?lat=52.6175&lon=-6.7797")).StatusCode);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(20_000)]
    [InlineData(20_001)]
    [InlineData(200_001)]
    [InlineData(1_600_001)]
    public void ThinningStride_KeepsAtMostTheCap(int vertexCount)
    {
        var stride = DescentJson.ThinningStride(vertexCount);

        var kept = ((vertexCount - 1) / stride) + 1 + ((vertexCount - 1) % stride == 0 ? 0 : 1);
        Assert.InRange(kept, Math.Min(vertexCount, 2), DescentJson.MaxVerticesPerPath);
    }
}
