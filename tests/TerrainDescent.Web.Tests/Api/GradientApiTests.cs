using System.Text.Json;

namespace TerrainDescent.Web.Tests.Api;

/// <summary><c>GET /api/gradient</c>: −∇z on a grid over a box, pointing away from a summit on every side.</summary>
public sealed class GradientApiTests(MapServerFixture server) : IClassFixture<MapServerFixture>
{
    [Fact]
    public async Task Gradient_AroundMtLeinster_PointsAwayFromTheSummit()
    {
        // A 2 × 2 grid whose four cell centres lie about 1.5 km from the summit, one in each quadrant.
        var text = await server.Client.GetStringAsync("api/gradient?bbox=-6.8241,52.6040,-6.7341,52.6310&count=2");

        using var json = JsonDocument.Parse(text);
        var points = json.RootElement.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(4, points.Count);
        foreach (var p in points)
        {
            var awayEast = p.GetProperty("lon").GetDouble() - -6.7791;
            var awayNorth = p.GetProperty("lat").GetDouble() - 52.6175;
            var dot = (awayEast * p.GetProperty("east").GetDouble()) + (awayNorth * p.GetProperty("north").GetDouble());
            Assert.True(dot > 0, $"downhill at {p} points away from the summit");
        }
    }

    [Theory]
    [InlineData("api/gradient", "bbox is required")]
    [InlineData("api/gradient?bbox=-7,52,-6,53&count=99", "count must be from 2 to 40")]
    public async Task Gradient_BadQuery_Answers400(string target, string fragment)
    {
        using var response = await server.Client.GetAsync(target);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(fragment, await response.Content.ReadAsStringAsync());
    }
}
