using System.Globalization;
using Microsoft.Playwright;
using TerrainDescent.Gdal;
using static TerrainDescent.Web.Tests.Browser.MapPageDriver;

namespace TerrainDescent.Web.Tests.Browser;

/// <summary>
/// The map page's permalink, history, GPX download, units, go-to box and peaks layer in Chromium: a link reloaded
/// elsewhere gives the same table, back and forward step through starts, the GPX reads back with OGR, and a peak
/// clicked or typed is descended from at its exact position.
/// </summary>
[Trait("Category", "Browser")]
public sealed class MapPageLinksBrowserTests(MapServerFixture server) : IClassFixture<MapServerFixture>
{
    private const double BlackstairsLat = 52.5497;
    private const double BlackstairsLon = -6.8058;

    [Fact]
    public async Task Permalink_ReloadedInAnotherPageGivesTheSameTableAndBackAndForwardStepThroughStarts()
    {
        await using var chromium = await ChromiumSession.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await OpenAsync(page, server.Url + "?methods=hill-walker,momentum,adam&view=-6.74,52.60,11");
        await page.WaitForSelectorAsync("body[data-status=ready]");

        // A start between summits (off the peak triangles), with a parameter changed: the link carries both.
        await page.FillAsync("#eta", "25");
        await ClickAtAsync(page, -6.7402, 52.5803);
        var first = await TableAsync(page);
        var link = page.Url;
        Assert.Contains("start=", link);
        Assert.Contains("eta=25", link);
        Assert.Contains("view=", link);
        var clicked = await page.EvaluateAsync<double[]>("() => [Number(document.body.dataset.clickLat), Number(document.body.dataset.clickLon)]");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"start={clicked[0]:R}%2C{clicked[1]:R}"), link);

        var other = await chromium.NewPageAsync();
        await other.GotoAsync(link);
        await other.WaitForSelectorAsync("body[data-status=done]");
        Assert.Equal(first, await TableAsync(other));
        Assert.Equal("25", await other.InputValueAsync("#eta"));

        // A second start pushes a history entry; back returns to the first paths, forward to the second.
        await ClickAtAsync(page, -6.7000, 52.6400);
        var second = await TableAsync(page);
        Assert.NotEqual(first, second);
        await page.GoBackAsync();
        await page.WaitForFunctionAsync("(t) => document.body.dataset.status === 'done' && document.querySelector('#paths tbody').rows.length === 3 && document.body.dataset.clickLon === t", clicked[1].ToString("R", CultureInfo.InvariantCulture));
        Assert.Equal(first, await TableAsync(page));
        Assert.Equal(link, page.Url);
        await page.GoForwardAsync();
        await page.WaitForFunctionAsync("(t) => document.body.dataset.status === 'done' && document.body.dataset.clickLon !== t", clicked[1].ToString("R", CultureInfo.InvariantCulture));
        Assert.Equal(second, await TableAsync(page));
    }

    [Fact]
    public async Task GpxAndUnits_TheGpxHasOneTrackPerPathWithElevationAndTheTableTurnsToFeetAndMiles()
    {
        await using var chromium = await ChromiumSession.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await OpenAsync(page, server.Url + "?snapRadius=300");
        await page.WaitForSelectorAsync("body[data-status=ready]");
        await ClickAtAsync(page, MtLeinsterLon, MtLeinsterLat);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-gpx"));
        var gpxPath = Path.Combine(OutputFolder, "downloaded-paths.gpx");
        await download.SaveAsAsync(gpxPath);
        Assert.Equal("terrain-descent-paths.gpx", download.SuggestedFilename);
        var tracks = VectorReader.ReadFeatures(gpxPath, "tracks");
        Assert.Equal(["hill-walker", "momentum"], tracks.Select(t => t.Fields["name"]).Order());
        var points = VectorReader.ReadFeatures(gpxPath, "track_points");
        var shown = await page.EvaluateAsync<double[][]>("() => window.terrainDescent.lastResult.paths.map(p => [p.endLon, p.endLat, p.steps, p.ascentMetres])");
        for (var i = 0; i < 2; i++)
        {
            var trackPoints = points.Where(p => p.Fields["track_fid"] == i.ToString(CultureInfo.InvariantCulture)).ToList();
            Assert.Equal((int)shown[i][2] + 1, trackPoints.Count);
            Assert.All(trackPoints, p => Assert.True(double.Parse(p.Fields["ele"]!, CultureInfo.InvariantCulture) > 0, "every track point has an elevation"));
            Assert.Equal((int)shown[i][2] + 1, tracks[i].Positions.Count);
            Assert.Equal(shown[i][0], tracks[i].Positions[^1].X, 6);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"ascent {shown[i][3]:0.##} m"), tracks[i].Fields["desc"]);
        }

        Assert.True(shown[1][3] > 50, "from Mt Leinster the ball climbs on its way down, and the table says by how much");
        var metricAscent = await page.TextContentAsync("#paths tbody tr[data-method=momentum] td:nth-child(6)");
        await page.SelectOptionAsync("#units", "imperial");
        Assert.Contains("ascent ft", await page.TextContentAsync("#paths thead"));
        Assert.Contains("length mi", await page.TextContentAsync("#paths thead"));
        var feet = double.Parse((await page.TextContentAsync("#paths tbody tr[data-method=momentum] td:nth-child(6)"))!, CultureInfo.InvariantCulture);
        Assert.Equal(double.Parse(metricAscent!, CultureInfo.InvariantCulture) / 0.3048, feet, 0);
        Assert.Contains("units=imperial", page.Url);
    }

    [Fact]
    public async Task PeaksAndGoTo_ClickingAPeakOrTypingItsNameOrACoordinateDescendsFromThere()
    {
        await using var chromium = await ChromiumSession.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await OpenAsync(page, server.Url + "?view=-6.78,52.59,11");
        await page.WaitForSelectorAsync("body[data-status=ready]");
        await page.WaitForFunctionAsync("() => Number(document.body.dataset.peaks) > 5");

        var peaks = await page.EvaluateAsync<PeakShown[]>("() => window.terrainDescent.peaks()");
        var blackstairs = peaks.Single(p => p.Name == "Blackstairs Mountain");
        Approx(BlackstairsLon, blackstairs.Lon, 0.002);
        await ClickAtAsync(page, blackstairs.Lon, blackstairs.Lat);
        Assert.Equal(blackstairs.Lon.ToString("R", CultureInfo.InvariantCulture), await page.GetAttributeAsync("body", "data-click-lon"));
        Assert.Equal(blackstairs.Lat.ToString("R", CultureInfo.InvariantCulture), await page.GetAttributeAsync("body", "data-click-lat"));
        await ScreenshotAsync(page, "map-page-peak.png");

        // A summit by name (found peaks named from data/), then a DMS coordinate, then nonsense.
        await page.FillAsync("#goto", "lugnaquilla");
        await page.EvaluateAsync("() => { document.body.dataset.status = 'typed'; }");
        await page.PressAsync("#goto", "Enter");
        await page.WaitForFunctionAsync("() => document.body.dataset.status === 'done' && Number(document.body.dataset.clickLat) > 52.9");
        await page.FillAsync("#goto", "52°33′N 6°48′W");
        await page.EvaluateAsync("() => { document.body.dataset.status = 'typed'; }");
        await page.PressAsync("#goto", "Enter");
        await page.WaitForFunctionAsync("() => document.body.dataset.status === 'done' && document.body.dataset.clickLat === '52.55'");
        Assert.Equal("-6.8", await page.GetAttributeAsync("body", "data-click-lon"));
        await page.FillAsync("#goto", "52,55; -6,8");
        await page.EvaluateAsync("() => { document.body.dataset.status = 'typed'; }");
        await page.PressAsync("#goto", "Enter");
        await page.WaitForFunctionAsync("() => document.body.dataset.status === 'done' && document.body.dataset.clickLon === '-6.8'");
        await page.FillAsync("#goto", "Atlantis");
        await page.EvaluateAsync("() => { document.body.dataset.status = 'typed'; }");
        await page.PressAsync("#goto", "Enter");
        await page.WaitForFunctionAsync("() => document.getElementById('goto-error').textContent.includes('Atlantis')");
        Assert.Equal("true", await page.GetAttributeAsync("#goto", "aria-invalid"));
    }

    private static void Approx(double expected, double actual, double tolerance) =>
        TerrainDescent.TestSupport.Approx.AssertClose(expected, actual, tolerance, "peak position");

    private sealed class PeakShown
    {
        public string Id { get; set; } = "";

        public string? Name { get; set; }

        public double Lon { get; set; }

        public double Lat { get; set; }

        public double Prominence { get; set; }
    }
}
