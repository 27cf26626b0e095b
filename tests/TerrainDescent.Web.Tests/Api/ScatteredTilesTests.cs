using System.Net;
using System.Text.Json;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.TestSupport;
using TerrainDescent.Web.Hosting;

namespace TerrainDescent.Web.Tests.Api;

/// <summary>
/// One server over the shared folder of scattered tiles (SRTM1 and SRTM3, three continents): a click on each tile
/// runs the methods there, and the server's decoded tiles stay within a cache far smaller than the data.
/// </summary>
[Trait("Category", "Web")]
public sealed class ScatteredTilesTests
{
    private const int CacheMegabytes = 64;

    [Fact]
    public async Task Clicks_OnEveryScatteredTile_AreAnsweredWithinTheCacheBudget()
    {
        var scene = TerrainScene.Open([TestData.SrtmFolder], CacheMegabytes);
        await using var server = await MapServer.StartAsync(scene, new MapServerOptions { Port = 0 });
        using var client = new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(60) };
        var answered = 0;

        foreach (var tile in scene.Footprints)
        {
            var (lat, lon) = (0.5 * (tile.South + tile.North), 0.5 * (tile.West + tile.East));
            using var response = await client.GetAsync(FormattableString.Invariant($"api/descend?lat={lat}&lon={lon}&methods=hill-walker,momentum&snapRadius=2000"));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{tile.Name}: {response.StatusCode} {body}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                using var json = JsonDocument.Parse(body);
                Assert.Equal(2, json.RootElement.GetProperty("paths").GetArrayLength());
                answered++;
            }
            else
            {
                Assert.Contains("void", body);
            }
        }

        Assert.Equal(9, scene.Footprints.Count);
        Assert.True(answered >= 7, $"only {answered} of 9 tiles answered a click");
        Assert.True(scene.Terrain.Cache.Decodes >= answered, "each tile was read when clicked");
        Assert.True(scene.Terrain.Cache.ResidentBytes <= CacheMegabytes * 1024L * 1024L, "decoded tiles stay within --cache-mb");
    }

    [Fact]
    public void Open_AFolderOfTiles_ReadsNoSampleUntilAsked()
    {
        var scene = TerrainScene.Open([TestData.SrtmFolder], CacheMegabytes);

        Assert.Equal(0, scene.Terrain.Cache.Decodes);
        Assert.True(scene.Extent.West < -120 && scene.Extent.East > 0, "the extent spans the scattered tiles");
    }
}
