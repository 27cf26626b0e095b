using System.Net;
using System.Text.Json;
using TerrainDescent.Core.Descent;
using TerrainDescent.Rendering;
using TerrainDescent.TestSupport;
using TerrainDescent.Web.Api;
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

        var extent = info.RootElement.GetProperty("extent").EnumerateArray().Select(e => e.GetDouble()).ToArray();
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
    public async Task ReliefTile_OverMtLeinster_IsOpaqueOnTheDataAndCachedByTheBrowser()
    {
        var (x, y, px, py) = XyzTile(10, 52.6175, -6.7797);

        using var response = await server.Client.GetAsync($"api/tiles/relief/10/{x}/{y}.png");
        var relief = MapImage.DecodePng(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(MapEndpoints.TileCacheControl, response.Headers.CacheControl?.ToString());
        Assert.Equal((256, 256), (relief.Width, relief.Height));
        Assert.Equal(255, relief[px, py].A);
    }

    [Fact]
    public async Task ReliefTile_OffTheDataOrFarCoarserThanIt_IsTransparent()
    {
        var (x, y, _, _) = XyzTile(10, 40.0, -30.0);
        var offData = MapImage.DecodePng(await server.Client.GetByteArrayAsync($"api/tiles/relief/10/{x}/{y}.png"));
        var (cx, cy, _, _) = XyzTile(3, 52.6175, -6.7797);
        var coarse = MapImage.DecodePng(await server.Client.GetByteArrayAsync($"api/tiles/relief/3/{cx}/{cy}.png"));

        Assert.All(new[] { offData, coarse }, image => Assert.Equal(0, image.VisiblePixels()));
    }

    [Fact]
    public async Task MaskTile_FollowsTheThreshold()
    {
        var (x, y, px, py) = XyzTile(9, 52.6175, -6.7797);
        var low = MapImage.DecodePng(await server.Client.GetByteArrayAsync($"api/tiles/mask/9/{x}/{y}.png?seaLevel=4"));
        var high = MapImage.DecodePng(await server.Client.GetByteArrayAsync($"api/tiles/mask/9/{x}/{y}.png?seaLevel=150"));

        Assert.True(high.VisiblePixels() > low.VisiblePixels() + 5_000, "raising the threshold tints more pixels");
        Assert.Equal(0, high[px, py].A);
    }

    [Theory]
    [InlineData("api/tiles/relief/19/0/0.png")]
    [InlineData("api/tiles/relief/3/8/0.png")]
    [InlineData("api/tiles/mask/3/0/-1.png")]
    public async Task Tile_OffTheXyzGrid_Is400WithAReason(string url)
    {
        using var response = await server.Client.GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
    }

    [Fact]
    public async Task Footprints_OutlineEveryTile()
    {
        using var footprints = JsonDocument.Parse(await server.Client.GetStringAsync("api/footprints.geojson"));

        var feature = Assert.Single(footprints.RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal("N52W007.hgt", feature.GetProperty("properties").GetProperty("name").GetString());
        var ring = feature.GetProperty("geometry").GetProperty("coordinates")[0];
        Assert.Equal(5, ring.GetArrayLength());
    }

    /// <summary>The XYZ tile holding a position at zoom z, and the pixel of the position within it.</summary>
    internal static (int X, int Y, int PixelX, int PixelY) XyzTile(int z, double latitude, double longitude)
    {
        var n = 1 << z;
        var x = (longitude + 180) / 360 * n;
        var phi = latitude * Math.PI / 180;
        var y = (1 - Math.Log(Math.Tan(phi) + 1 / Math.Cos(phi)) / Math.PI) / 2 * n;
        return ((int)x, (int)y, (int)((x - Math.Floor(x)) * 256), (int)((y - Math.Floor(y)) * 256));
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
    [InlineData("/api/tiles/relief/9/246/169.png?file=/etc/passwd")]
    [InlineData("/api/tiles/mask/9/246/169.png?seaLevel=4&path=../../etc/passwd")]
    [InlineData("/api/../../etc/passwd")]
    public async Task Request_OutsideTheStaticAssets_NeverServesAFile(string rawTarget)
    {
        var (status, body) = await RawHttp.GetAsync(server.Url, rawTarget);

        Assert.NotEqual(500, status);
        Assert.DoesNotContain("root:", body);
        if (!rawTarget.StartsWith("/api/tiles/", StringComparison.Ordinal))
        {
            Assert.NotEqual(200, status);
        }
    }
}
