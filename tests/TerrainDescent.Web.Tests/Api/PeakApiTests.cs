using System.Net;
using System.Text.Json;

namespace TerrainDescent.Web.Tests.Api;

/// <summary><c>GET /api/peaks</c>: the summits in a box above a prominence, named from data/, most prominent first.</summary>
public sealed class PeakApiTests(MapServerFixture server) : IClassFixture<MapServerFixture>
{
    [Fact]
    public async Task Peaks_InTheBlackstairsBox_AreNamedAndOrderedByProminence()
    {
        var text = await server.Client.GetStringAsync("api/peaks?bbox=-6.9,52.5,-6.7,52.65&minProminence=200");

        using var json = JsonDocument.Parse(text);
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        var names = features.Select(f => f.GetProperty("properties").TryGetProperty("name", out var n) ? n.GetString() : null).ToList();
        Assert.Equal(["Mt Leinster", "Blackstairs Mountain"], names.Take(2));
        var prominences = features.Select(f => f.GetProperty("properties").GetProperty("prominence_m").GetDouble()).ToList();
        Assert.Equal(prominences.OrderDescending(), prominences);
        Assert.All(prominences, p => Assert.True(p >= 200));
        var leinster = features[0].GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray();
        Assert.Equal(790, leinster[2], 0);
        Assert.Equal(718, features[0].GetProperty("properties").GetProperty("prominence_m").GetDouble(), 0);
    }

    [Theory]
    [InlineData("api/peaks?bbox=-6,52,-7,53", "west ≤ east")]
    [InlineData("api/peaks?bbox=1,2,3", "bbox must be W,S,E,N")]
    [InlineData("api/peaks?minProminence=-1", "minProminence must be from 0")]
    [InlineData("api/peaks?prominence=100", "unknown parameter 'prominence'")]
    public async Task Peaks_BadQuery_Answers400WithTheReason(string target, string fragment)
    {
        using var response = await server.Client.GetAsync(target);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(fragment, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DescendGpx_IsAGpx11DownloadWithOneTrackPerPath()
    {
        using var response = await server.Client.GetAsync("api/descend.gpx?lat=52.6175&lon=-6.7797&snapRadius=300");

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/gpx+xml", response.Content.Headers.ContentType!.MediaType);
        var gpx = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace ns = "http://www.topografix.com/GPX/1/1";
        Assert.Equal("1.1", gpx.Root!.Attribute("version")!.Value);
        var tracks = gpx.Root.Elements(ns + "trk").ToList();
        Assert.Equal(["hill-walker", "momentum"], tracks.Select(t => t.Element(ns + "name")!.Value));
        Assert.All(tracks, t => Assert.StartsWith("ascent ", t.Element(ns + "desc")!.Value));
        Assert.All(tracks.SelectMany(t => t.Descendants(ns + "trkpt")), p => Assert.NotNull(p.Element(ns + "ele")));
    }
}
