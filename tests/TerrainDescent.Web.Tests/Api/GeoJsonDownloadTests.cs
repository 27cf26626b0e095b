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
            .Select(m => server.Scene.Descender.Descend(m, -6.7797, 52.6175, new DescentOptions()))
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
}
