using System.Net;
using System.Text.Json;

namespace TerrainDescent.Web.Tests.Api;

/// <summary>Many clicks at once: 50 concurrent requests, each answered as if it had been alone.</summary>
[Trait("Category", "Web")]
public sealed class ConcurrencyTests(MapServerFixture server) : IClassFixture<MapServerFixture>
{
    [Fact]
    public async Task Descend_With50ConcurrentRequests_AnswersEachAsWhenAlone()
    {
        var queries = Enumerable.Range(0, 50)
            .Select(i => FormattableString.Invariant($"api/descend?lat={52.55 + 0.004 * (i % 10)}&lon={-6.85 + 0.01 * (i / 10)}&snapRadius={i % 3 * 100}"))
            .ToList();
        var alone = new Dictionary<string, string>();
        foreach (var query in queries)
        {
            alone[query] = Summary(await server.Client.GetStringAsync(query));
        }

        var responses = await Task.WhenAll(queries.Select(q => server.Client.GetAsync(q)));

        for (var i = 0; i < queries.Count; i++)
        {
            var response = responses[i];
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                // Beyond the descent queue the server answers 503 with Retry-After; the retry must be the same answer.
                Assert.NotNull(response.Headers.RetryAfter);
                response = await server.Client.GetAsync(queries[i]);
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var summary = Summary(await response.Content.ReadAsStringAsync());
            Assert.Contains("hill-walker", summary);
            Assert.Equal(alone[queries[i]], summary);
        }
    }

    /// <summary>Method, steps and end point of every path: what must not depend on other requests in flight.</summary>
    private static string Summary(string json)
    {
        using var document = JsonDocument.Parse(json);
        return string.Join(" | ", document.RootElement.GetProperty("paths").EnumerateArray().Select(p =>
            $"{p.GetProperty("method")} {p.GetProperty("steps")} {p.GetProperty("endLon")} {p.GetProperty("endLat")}"));
    }
}
