using System.Net;
using System.Text.Json;
using TerrainDescent.Core.Descent;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Web.Tests.Api;

/// <summary><c>GET /api/descend</c> against a real server: the headline, the answer's shape, and one 400 per bad parameter.</summary>
[Trait("Category", "Web")]
public sealed class DescentApiTests(MapServerFixture server) : IClassFixture<MapServerFixture>
{
    private const string MtLeinster = "lat=52.6175&lon=-6.7797";

    [Fact]
    public async Task Descend_FromMtLeinster_ReturnsBothPathsWithMeasuresAndTiming()
    {
        var response = await server.Client.GetAsync($"api/descend?{MtLeinster}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("descend;dur=", string.Join(",", response.Headers.GetValues("Server-Timing")));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = body.RootElement.GetProperty("paths").EnumerateArray().ToDictionary(p => p.GetProperty("method").GetString()!);
        var walker = paths["hill-walker"];
        var ball = paths["momentum"];
        Assert.Equal("stalled", walker.GetProperty("endReason").GetString());
        Assert.True(walker.GetProperty("endElevationMetres").GetDouble() > 50, "the hill-walker stalls well above sea level");
        Assert.True(ball.GetProperty("endLon").GetDouble() < -6.9, "momentum reaches the Barrow valley west of 6.9 W");
        foreach (var path in paths.Values)
        {
            var vertices = path.GetProperty("steps").GetInt32() + 1;
            Assert.Equal(vertices, path.GetProperty("lonE7").GetArrayLength());
            Assert.Equal(vertices, path.GetProperty("elevationCm").GetArrayLength());
            var distances = path.GetProperty("distanceDm");
            Approx.AssertClose(path.GetProperty("groundLengthMetres").GetDouble(), distances[vertices - 1].GetInt64() / 10.0, 0.2, "profile ends at the path's ground length");
        }
    }

    [Fact]
    public async Task Descend_EndPoints_EqualTheEngineRunInProcess()
    {
        var expected = DescentMethods.Parse("both", out _)!
            .Select(m => server.Scene.DescenderAt(-6.7797, 52.6175).Descend(m, -6.7797, 52.6175, new DescentOptions { AlphaMetres = 8 }))
            .ToList();

        using var body = JsonDocument.Parse(await server.Client.GetStringAsync($"api/descend?{MtLeinster}&alpha=8"));

        var actual = body.RootElement.GetProperty("paths").EnumerateArray().ToList();
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Steps, actual[i].GetProperty("steps").GetInt32());
            Approx.AssertClose(expected[i].End.X, actual[i].GetProperty("endLon").GetDouble(), 1e-7, "end longitude");
            Approx.AssertClose(expected[i].End.Y, actual[i].GetProperty("endLat").GetDouble(), 1e-7, "end latitude");
        }
    }

    [Theory]
    [InlineData("gamma", 0.9, MomentumDescent.MethodName)]
    [InlineData("eta", 25, AdamDescent.MethodName)]
    [InlineData("beta1", 0.5, AdamDescent.MethodName)]
    [InlineData("beta2", 0.9, AdamDescent.MethodName)]
    [InlineData("decay", 0.5, RmsPropDescent.MethodName)]
    [InlineData("epsilon", 0.05, AdagradDescent.MethodName)]
    [InlineData("lineSearchAlpha", 20, ExactLineSearchDescent.MethodName)]
    [InlineData("lineSearchMaxStep", 40, ExactLineSearchDescent.MethodName)]
    [InlineData("armijoC", 0.4, ArmijoDescent.MethodName)]
    [InlineData("backtrack", 0.8, ArmijoDescent.MethodName, 0.99)]
    public async Task Descend_WithAMethodParameter_EchoesItAndRunsTheEngineWithIt(string name, double value, string methodName, double? armijoC = null)
    {
        // Armijo backtracks on this slope only when c is large, so the shrink factor is tried with c = 0.99.
        var parameter = MethodParameters.Find(name)!;
        Assert.True(DescentMethods.TryGet(methodName, out var method));
        var baseline = new DescentOptions { ArmijoC = armijoC ?? new DescentOptions().ArmijoC };
        var expected = server.Scene.DescenderAt(-6.7797, 52.6175).Descend(method, -6.7797, 52.6175, parameter.With(baseline, value));
        var unchanged = server.Scene.DescenderAt(-6.7797, 52.6175).Descend(method, -6.7797, 52.6175, baseline);
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var context = armijoC is null ? "" : $"&armijoC={armijoC.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

        using var body = JsonDocument.Parse(await server.Client.GetStringAsync($"api/descend?{MtLeinster}&methods={methodName}&{name}={text}{context}"));

        Assert.Equal(value, body.RootElement.GetProperty("options").GetProperty(name).GetDouble());
        var path = body.RootElement.GetProperty("paths")[0];
        Assert.Equal(expected.Steps, path.GetProperty("steps").GetInt32());
        Approx.AssertClose(expected.End.X, path.GetProperty("endLon").GetDouble(), 1e-7, "end longitude");
        Approx.AssertClose(expected.End.Y, path.GetProperty("endLat").GetDouble(), 1e-7, "end latitude");
        Assert.False(expected.Steps == unchanged.Steps && expected.End == unchanged.End, $"{name}={text} changes the {methodName} path");
    }

    [Fact]
    public async Task Descend_WithoutMethodParameters_EchoesEveryDefault()
    {
        using var body = JsonDocument.Parse(await server.Client.GetStringAsync($"api/descend?{MtLeinster}&methods=water"));

        var options = body.RootElement.GetProperty("options");
        Assert.All(MethodParameters.All, p => Assert.Equal(p.DefaultValue, options.GetProperty(p.Name).GetDouble()));
        Assert.Equal("water", body.RootElement.GetProperty("paths")[0].GetProperty("method").GetString());
    }

    [Theory]
    [InlineData("lat=abc&lon=-6.7797", "lat must be a finite number")]
    [InlineData("lat=NaN&lon=-6.7797", "lat must be a finite number")]
    [InlineData("lat=52.6&lon=Infinity", "lon must be a finite number")]
    [InlineData("lat=95&lon=-6.7797", "lat must be from -90 to 90")]
    [InlineData("lat=52.6175", "lon is required")]
    [InlineData("lat=52.6175&lat=52.7&lon=-6.7797", "lat is given 2 times")]
    [InlineData("lat=10&lon=10", "is outside the data")]
    [InlineData("lat=52.6175&lon=-6.7797&alpha=-1", "alpha must be a positive finite number")]
    [InlineData("lat=52.6175&lon=-6.7797&alpha=0", "alpha must be a positive finite number")]
    [InlineData("lat=52.6175&lon=-6.7797&alpha=ten", "alpha must be a finite number")]
    [InlineData("lat=52.6175&lon=-6.7797&gamma=1", "gamma must be in [0, 1)")]
    [InlineData("lat=52.6175&lon=-6.7797&gamma=-0.1", "gamma must be in [0, 1)")]
    [InlineData("lat=52.6175&lon=-6.7797&seaLevel=NaN", "seaLevel must be a finite number")]
    [InlineData("lat=52.6175&lon=-6.7797&maxSteps=0", "maxSteps must be from 1 to")]
    [InlineData("lat=52.6175&lon=-6.7797&maxSteps=2.5", "maxSteps must be a whole number")]
    [InlineData("lat=52.6175&lon=-6.7797&maxSteps=99999999999", "maxSteps must be a whole number")]
    [InlineData("lat=52.6175&lon=-6.7797&snapRadius=-5", "snapRadius must be from 0 to")]
    [InlineData("lat=52.6175&lon=-6.7797&eta=0", "eta: adaptive step must be a positive finite number of metres, not 0")]
    [InlineData("lat=52.6175&lon=-6.7797&eta=fast", "eta must be a finite number (for example 10), not 'fast'")]
    [InlineData("lat=52.6175&lon=-6.7797&beta1=1", "beta1 must be in [0, 1), not 1")]
    [InlineData("lat=52.6175&lon=-6.7797&beta2=-0.1", "beta2 must be in [0, 1), not -0.1")]
    [InlineData("lat=52.6175&lon=-6.7797&decay=1.5", "decay rate must be in [0, 1), not 1.5")]
    [InlineData("lat=52.6175&lon=-6.7797&epsilon=0", "epsilon must be a positive finite number, not 0")]
    [InlineData("lat=52.6175&lon=-6.7797&epsilon=1e999", "epsilon must be a finite number")]
    [InlineData("lat=52.6175&lon=-6.7797&lineSearchAlpha=-1", "lineSearchAlpha: line-search initial step must be a positive finite number, not -1")]
    [InlineData("lat=52.6175&lon=-6.7797&lineSearchMaxStep=0", "lineSearchMaxStep: line-search maximum step must be a positive number of metres, not 0")]
    [InlineData("lat=52.6175&lon=-6.7797&armijoC=1", "armijoC: armijo c must be in (0, 1), not 1")]
    [InlineData("lat=52.6175&lon=-6.7797&armijoC=0.1&armijoC=0.2", "armijoC is given 2 times")]
    [InlineData("lat=52.6175&lon=-6.7797&backtrack=0", "backtrack factor must be in (0, 1), not 0")]
    [InlineData("lat=52.6175&lon=-6.7797&methods=gravity", "unknown method 'gravity'")]
    [InlineData("lat=52.6175&lon=-6.7797&methods=,", "no method given")]
    public async Task Descend_WithBadParameter_Answers400WithOneReadableLine(string query, string expectedFragment)
    {
        foreach (var route in new[] { "api/descend", "api/descend.geojson" })
        {
            var response = await server.Client.GetAsync($"{route}?{query}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var message = body.RootElement.GetProperty("error").GetString()!;
            Assert.Contains(expectedFragment, message);
            Assert.DoesNotContain('\n', message);
        }
    }

    [Fact]
    [Trait("Category", "Gdal")]
    public async Task Descend_FromAVoid_Answers400NamingTheVoid()
    {
        await using var voidServer = await MapServerFixture.StartAsync(TestData.Tile("srtm3/N43E007.hgt"));
        using var client = new HttpClient { BaseAddress = voidServer.Url };

        var response = await client.GetAsync("api/descend?lat=43.98833&lon=7.63083");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is in a void", await response.Content.ReadAsStringAsync());
    }
}
