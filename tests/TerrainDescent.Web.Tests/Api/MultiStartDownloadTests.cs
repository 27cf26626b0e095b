using System.Net;
using System.Text.Json;

namespace TerrainDescent.Web.Tests.Api;

/// <summary>
/// <c>GET /api/descend.geojson?starts=…</c> and <c>.gpx</c>: the paths of every start, each start's features byte
/// for byte those of its own single-start download; a bad, empty or too long list is one 400 line.
/// </summary>
[Trait("Category", "Web")]
public sealed class MultiStartDownloadTests(MapServerFixture server) : IClassFixture<MapServerFixture>
{
    private const string First = "52.6175,-6.7797";
    private const string Second = "52.63011234567891,-6.80123456789";

    [Fact]
    public async Task GeoJson_OfTwoStarts_HoldsEachStartsFeaturesByteForByte()
    {
        var single1 = await FeaturesAsync($"api/descend.geojson?lat=52.6175&lon=-6.7797&methods=hill-walker,momentum,adam");
        var single2 = await FeaturesAsync($"api/descend.geojson?lat=52.63011234567891&lon=-6.80123456789&methods=hill-walker,momentum,adam");

        var both = await FeaturesAsync($"api/descend.geojson?starts={First};{Second}&methods=hill-walker,momentum,adam");

        Assert.Equal(6, both.Count);
        Assert.Equal([.. single1, .. single2], both);
        Assert.NotEqual(single1[0], single2[0]);
    }

    [Fact]
    public async Task Gpx_OfTwoStarts_HasATrackPerPathOfBoth()
    {
        var gpx = await server.Client.GetStringAsync($"api/descend.gpx?starts={First};{Second}");

        Assert.Equal(4, gpx.Split("<trk>").Length - 1);
        Assert.Contains("lon=\"-6.8012346\"", gpx);
        Assert.Contains("lon=\"-6.7797\"", gpx);
    }

    [Fact]
    public async Task GeoJson_OfTheCapOfStarts_IsAnswered()
    {
        var starts = string.Join(';', Enumerable.Range(0, 20).Select(i => $"52.6{i:00},-6.78"));

        var features = await FeaturesAsync($"api/descend.geojson?starts={starts}&methods=hill-walker&maxSteps=50");

        Assert.Equal(20, features.Count);
    }

    [Theory]
    [InlineData("starts=" + First + ";" + First + ";1,2;3,4;5,6;7,8;9,10;11,12;13,14;15,16;17,18;19,20;21,22;23,24;25,26;27,28;29,30;31,32;33,34;35,36;37,38", "at most 20 per request")]
    [InlineData("starts=52.6175,-6.7797;abc", "start 2 must be LAT,LON")]
    [InlineData("starts=52.6175,-6.7797;;52.6,-6.7", "start 2 must be LAT,LON")]
    [InlineData("starts=52.6175,-6.7797;52.6", "start 2 must be LAT,LON")]
    [InlineData("starts=52.6175,-6.7797;1,5,3", "start 2 must be LAT,LON")]
    [InlineData("starts=52.6175;-6.7797", "start 1 must be LAT,LON")]
    [InlineData("starts=52.6175,-6.7797;52%2C6,-6.7", "start 2 must be LAT,LON")]
    [InlineData("starts=52.6175,-6.7797;91,-6.7", "start 2 (91,-6.7) is off the globe")]
    [InlineData("starts=52.6175,-6.7797;Infinity,-6.7", "start 2 must be LAT,LON")]
    [InlineData("starts=", "starts is empty")]
    [InlineData("starts=52.6175,-6.7797&starts=52.6,-6.7", "starts is given 2 times")]
    [InlineData("starts=52.6175,-6.7797&lat=52.6&lon=-6.7", "not both")]
    [InlineData("starts=52.6175,-6.7797;48.85,2.35", "start 2 of 2: start lat 48.85")]
    [InlineData("starts=52.6175,-6.7797&alhpa=5", "unknown parameter 'alhpa'")]
    public async Task GeoJson_WithABadStartList_Answers400WithOneLine(string query, string fragment)
    {
        foreach (var route in new[] { "api/descend.geojson", "api/descend.gpx" })
        {
            using var response = await server.Client.GetAsync($"{route}?{query}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            using var json = JsonDocument.Parse(body);
            var message = json.RootElement.GetProperty("error").GetString()!;
            Assert.Contains(fragment, message);
            Assert.DoesNotContain('\n', message);
        }
    }

    [Fact]
    public async Task Descend_TheJsonRoute_StillTakesOneStartOnly()
    {
        using var response = await server.Client.GetAsync($"api/descend?starts={First}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unknown parameter 'starts'", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Each feature of the download at <paramref name="target"/> as its exact JSON text.</summary>
    private async Task<List<string>> FeaturesAsync(string target)
    {
        var bytes = await server.Client.GetByteArrayAsync(target);
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetRawText()).ToList();
    }
}
