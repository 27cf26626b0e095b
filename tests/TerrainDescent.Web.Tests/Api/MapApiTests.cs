using System.Net;
using System.Text.Json;
using TerrainDescent.Core.Descent;
using TerrainDescent.Gdal.Imaging;
using TerrainDescent.TestSupport;
using TerrainDescent.Web.Rendering;

namespace TerrainDescent.Web.Tests.Api;

/// <summary>The routes that describe and draw the map, and the static files (and nothing beyond them).</summary>
[Trait("Category", "Web")]
public sealed class MapApiTests(MapServerFixture server) : IClassFixture<MapServerFixture>
{
    [Fact]
    public async Task Info_DescribesTheTileExtentAndTheDefaults()
    {
        using var info = JsonDocument.Parse(await server.Client.GetStringAsync("api/info"));

        var extent = info.RootElement.GetProperty("imageExtent").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Approx.AssertClose(-7.0 - 0.5 / 1200, extent[0], 1e-9, "west edge");
        Approx.AssertClose(53.0 + 0.5 / 1200, extent[3], 1e-9, "north edge");
        Assert.Equal(DescentOptions.DefaultAlphaMetres, info.RootElement.GetProperty("defaults").GetProperty("alpha").GetDouble());
    }

    [Fact]
    public async Task Methods_ListsTheWholeCatalogueWithDistinctColours()
    {
        using var methods = JsonDocument.Parse(await server.Client.GetStringAsync("api/methods"));

        var names = methods.RootElement.EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        var colours = methods.RootElement.EnumerateArray().Select(m => m.GetProperty("colour").GetString()).ToList();
        Assert.Equal(DescentMethods.Names, names);
        Assert.Equal(colours.Count, colours.Distinct().Count());
    }

    [Fact]
    public async Task Methods_ListEachMethodsParametersWithDefaultsFromTheCatalogue()
    {
        using var methods = JsonDocument.Parse(await server.Client.GetStringAsync("api/methods"));

        foreach (var method in methods.RootElement.EnumerateArray())
        {
            var listed = method.GetProperty("parameters").EnumerateArray().ToList();
            var expected = MethodParameters.For(method.GetProperty("name").GetString()!);
            Assert.Equal(expected.Select(p => p.Name), listed.Select(p => p.GetProperty("name").GetString()));
            Assert.Equal(expected.Select(p => p.DefaultValue), listed.Select(p => p.GetProperty("default").GetDouble()));
        }

        var adam = methods.RootElement.EnumerateArray().Single(m => m.GetProperty("name").GetString() == AdamDescent.MethodName);
        var eta = adam.GetProperty("parameters")[0];
        Assert.Equal(("η", "m", "> 0"), (eta.GetProperty("symbol").GetString(), eta.GetProperty("unit").GetString(), eta.GetProperty("range").GetString()));
    }

    [Fact]
    public async Task Relief_IsAPngOfTheWholeGridWithNoTransparentLand()
    {
        var relief = PngCodec.Decode(await server.Client.GetByteArrayAsync("api/relief.png"));

        Assert.Equal((1201, 1201), (relief.Width, relief.Height));
        Assert.Equal(255, relief[600, 600].A);
    }

    [Fact]
    public async Task Mask_FollowsTheThreshold()
    {
        var low = PngCodec.Decode(await server.Client.GetByteArrayAsync("api/mask.png?seaLevel=4"));
        var high = PngCodec.Decode(await server.Client.GetByteArrayAsync("api/mask.png?seaLevel=150"));

        Assert.True(SeaMaskRenderer.TintedPixels(high) > SeaMaskRenderer.TintedPixels(low) + 10_000, "raising the threshold tints more cells");
        var (_, _, _, summitAlpha) = high[(int)(0.2203 * 1201), (int)(0.3853 * 1201)];
        Assert.Equal(0, summitAlpha);
    }

    [Fact]
    public async Task Elevation_AtMtLeinster_IsTheSurfaceElevation()
    {
        using var answer = JsonDocument.Parse(await server.Client.GetStringAsync("api/elevation?lat=52.6175&lon=-6.7797"));

        Assert.InRange(answer.RootElement.GetProperty("elevationMetres").GetDouble(), 770, 800);
    }

    [Fact]
    public async Task Page_AndItsBundledLibrary_AreServedFromTheAppItself()
    {
        var page = await server.Client.GetStringAsync("");
        var script = await server.Client.GetAsync("lib/app.js");

        Assert.Contains("lib/app.js", page);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.DoesNotContain("https://", page);
    }

    [Theory]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/lib/..%2f..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/..%5c..%5c..%5cetc%5cpasswd")]
    [InlineData("//etc/passwd")]
    [InlineData("/api/relief.png?file=/etc/passwd")]
    [InlineData("/api/mask.png?seaLevel=4&path=../../etc/passwd")]
    [InlineData("/api/../../etc/passwd")]
    public async Task Request_OutsideTheStaticAssets_NeverServesAFile(string rawTarget)
    {
        var (status, body) = await RawHttp.GetAsync(server.Url, rawTarget);

        Assert.NotEqual(500, status);
        Assert.DoesNotContain("root:", body);
        if (!rawTarget.StartsWith("/api/relief.png", StringComparison.Ordinal) && !rawTarget.StartsWith("/api/mask.png", StringComparison.Ordinal))
        {
            Assert.NotEqual(200, status);
        }
    }
}
