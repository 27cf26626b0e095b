using System.Net;
using System.Text.Json;

namespace TerrainDescent.Web.Tests.Api;

/// <summary>
/// <c>GET /api/contours</c>: GDAL's contour lines over the tiled surface lie at their stated elevation wherever the
/// surface is sampled under them; bad intervals and boxes are one 400 line.
/// </summary>
[Trait("Category", "Gdal")]
public sealed class ContourApiTests(MapServerFixture server) : IClassFixture<MapServerFixture>
{
    [Theory]
    [InlineData(50)]
    [InlineData(20)]
    [InlineData(7.5)]
    public async Task Contours_AroundMtLeinster_LieAtTheirElevationOnTheSurface(double intervalMetres)
    {
        var (lines, root) = await LinesAsync($"api/contours?bbox=-6.82,52.60,-6.75,52.64&interval={intervalMetres}");

        Assert.Equal(1, root.GetProperty("strideSamples").GetInt32());
        Assert.Equal(intervalMetres, root.GetProperty("intervalMetres").GetDouble());
        Assert.True(lines.Count > 10, $"{lines.Count} lines");
        var worst = 0.0;
        foreach (var (elevation, coordinates) in lines)
        {
            Assert.Equal(0, Math.IEEERemainder(elevation, intervalMetres), 9);
            foreach (var (lon, lat) in coordinates)
            {
                Assert.InRange(lon, -6.82, -6.75);
                Assert.InRange(lat, 52.60, 52.64);
                worst = Math.Max(worst, Math.Abs(server.Scene.ElevationAt(lon, lat) - elevation));
            }
        }

        // Every vertex lies on an edge between two samples, where the bilinear surface is GDAL's linear
        // interpolation; the rest is the 1e-7° rounding of the coordinates (about 1 cm) times the slope.
        Assert.True(worst < 0.02, $"a vertex is {worst:F4} m off its contour's elevation");
    }

    [Fact]
    public async Task Contours_OverMtLeinster_IncludeTheLevelsBetweenItsFootAndSummit()
    {
        var (lines, _) = await LinesAsync("api/contours?bbox=-6.82,52.60,-6.75,52.64&interval=100");

        var levels = lines.Select(l => l.Elevation).Distinct().Order().ToList();
        Assert.Contains(700, levels);
        Assert.Contains(400, levels);
        Assert.DoesNotContain(800, levels);
    }

    [Fact]
    public async Task Contours_OfAWideBox_AreThinnedAndSaySo()
    {
        using var response = await server.Client.GetAsync("api/contours?bbox=-7,52,-6,53&interval=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl!.ToString());
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, json.RootElement.GetProperty("strideSamples").GetInt32());
        Assert.NotEmpty(json.RootElement.GetProperty("features").EnumerateArray());
    }

    [Fact]
    public async Task Contours_OffTheData_AreAnEmptyCollection()
    {
        var (lines, _) = await LinesAsync("api/contours?bbox=2.3,48.8,2.4,48.9&interval=10");

        Assert.Empty(lines);
    }

    [Theory]
    [InlineData("api/contours?bbox=-6.82,52.60,-6.75,52.64", "interval is required")]
    [InlineData("api/contours?bbox=-6.82,52.60,-6.75,52.64&interval=0", "interval must be more than 0")]
    [InlineData("api/contours?bbox=-6.82,52.60,-6.75,52.64&interval=-10", "interval must be more than 0")]
    [InlineData("api/contours?bbox=-6.82,52.60,-6.75,52.64&interval=9000", "at most 5000 metres")]
    [InlineData("api/contours?bbox=-6.82,52.60,-6.75,52.64&interval=abc", "interval must be a finite number")]
    [InlineData("api/contours?bbox=-6.82,52.60,-6.75,52.64&interval=NaN", "interval must be a finite number")]
    [InlineData("api/contours?bbox=-6.82,52.60,-6.75,52.64&interval=1,5", "interval must be a finite number")]
    [InlineData("api/contours?bbox=-6.82,52.60,-6.75,52.64&interval=0.5", "more than 500; choose a larger interval")]
    [InlineData("api/contours?bbox=-7,52,-6,53&interval=2", "more than 250000 vertices")]
    [InlineData("api/contours?interval=20", "bbox is required")]
    [InlineData("api/contours?bbox=-6.75,52.60,-6.82,52.64&interval=20", "west ≤ east")]
    [InlineData("api/contours?bbox=-6.8,52.6,-6.7&interval=20", "bbox must be W,S,E,N")]
    [InlineData("api/contours?bbox=-6.8,52.6,-6.8,52.7&interval=20", "fewer than 2 × 2 samples")]
    [InlineData("api/contours?bbox=-30,40,10,60&interval=20", "(zoom in)")]
    [InlineData("api/contours?bbox=-6.82,52.60,-6.75,52.64&interval=20&step=2", "unknown parameter 'step'")]
    [InlineData("api/contours?bbox=-6.82,52.60,-6.75,52.64&interval=20&interval=10", "interval is given 2 times")]
    public async Task Contours_BadQuery_Answers400WithOneLine(string target, string fragment)
    {
        using var response = await server.Client.GetAsync(target);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = json.RootElement.GetProperty("error").GetString()!;
        Assert.Contains(fragment, message);
        Assert.DoesNotContain('\n', message);
    }

    private async Task<(List<(double Elevation, List<(double Lon, double Lat)> Coordinates)> Lines, JsonElement Root)> LinesAsync(string target)
    {
        var text = await server.Client.GetStringAsync(target);
        var root = JsonDocument.Parse(text).RootElement;
        var lines = root.GetProperty("features").EnumerateArray().Select(f =>
        {
            Assert.Equal("LineString", f.GetProperty("geometry").GetProperty("type").GetString());
            var coordinates = f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray()
                .Select(c => (c[0].GetDouble(), c[1].GetDouble())).ToList();
            return (f.GetProperty("properties").GetProperty("elevation_m").GetDouble(), coordinates);
        }).ToList();
        return (lines, root);
    }
}
