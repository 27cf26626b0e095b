using System.Net;
using System.Text.Json;
using TerrainDescent.Core.Descent;
using TerrainDescent.GeoJson;

namespace TerrainDescent.Web.Tests.Api;

/// <summary><c>GET /api/descend.geojson</c>: an attachment, byte for byte what the CLI's GeoJSON writer makes of the same paths.</summary>
[Trait("Category", "Web")]
public sealed class GeoJsonDownloadTests(MapServerFixture server) : IClassFixture<MapServerFixture>
{
    [Fact]
    public async Task Download_FromMtLeinster_IsTheWritersFeatureCollectionAsAnAttachment()
    {
        var paths = DescentMethods.Parse("both", out _)!
            .Select(m => server.Scene.DescenderAt(-6.7797, 52.6175).Descend(m, -6.7797, 52.6175, new DescentOptions()))
            .ToList();
        using var expected = new MemoryStream();
        GeoJsonWriter.Write(expected, paths.Select(p => PathFeatures.Create(p, (x, y) => (x, y))), "terrain-descent paths");

        var response = await server.Client.GetAsync("api/descend.geojson?lat=52.6175&lon=-6.7797");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(expected.ToArray(), bytes);
        using var document = JsonDocument.Parse(bytes);
        Assert.Equal("FeatureCollection", document.RootElement.GetProperty("type").GetString());
        Assert.Equal(2, document.RootElement.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task Download_WithMethodParameters_CarriesThemPerMethodAsTheWriterDoes()
    {
        var options = new DescentOptions { AdaptiveStepMetres = 20, ArmijoC = 0.3 };
        var paths = DescentMethods.Parse("adam,armijo,water", out _)!
            .Select(m => server.Scene.DescenderAt(-6.7797, 52.6175).Descend(m, -6.7797, 52.6175, options))
            .ToList();
        using var expected = new MemoryStream();
        GeoJsonWriter.Write(expected, paths.Select(p => PathFeatures.Create(p, (x, y) => (x, y))), "terrain-descent paths");

        var bytes = await server.Client.GetByteArrayAsync("api/descend.geojson?lat=52.6175&lon=-6.7797&methods=adam,armijo,water&eta=20&armijoC=0.3");

        Assert.Equal(expected.ToArray(), bytes);
        using var document = JsonDocument.Parse(bytes);
        var properties = document.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        Assert.Equal(20, properties[0].GetProperty("eta_m").GetDouble());
        Assert.Equal(0.999, properties[0].GetProperty("beta2").GetDouble());
        Assert.False(properties[0].TryGetProperty("armijo_c", out _), "adam does not read Armijo's c");
        Assert.Equal(0.3, properties[1].GetProperty("armijo_c").GetDouble());
        Assert.Equal(100, properties[1].GetProperty("line_search_alpha_m").GetDouble());
        Assert.False(properties[2].TryGetProperty("eta_m", out _), "water reads no tuning parameter");
        Assert.Equal(10, properties[2].GetProperty("alpha_m").GetDouble());
    }
}
