using Microsoft.Playwright;
using TerrainDescent.TestSupport;
using TerrainDescent.Web.Hosting;
using static TerrainDescent.Web.Tests.Browser.MapPageDriver;

namespace TerrainDescent.Web.Tests.Browser;

/// <summary>
/// The map page for a closer look in Chromium: the profile and the map point at the same place, the walkers step
/// forward and back with each method's current step in a table, layers hide and fade, and a basemap given to the
/// server is drawn under the relief.
/// </summary>
[Trait("Category", "Browser")]
public sealed class MapPageTeachingBrowserTests(MapServerFixture server) : IClassFixture<MapServerFixture>
{
    [Fact]
    public async Task ProfileHoverStepsAndLayers_LinkTheProfileToTheMapAndStepThroughTheDescent()
    {
        await using var chromium = await ChromiumSession.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await OpenAsync(page, server.Url + "?snapRadius=300&view=-6.85,52.60,12");
        await page.WaitForSelectorAsync("body[data-status=ready]");
        await ClickAtAsync(page, MtLeinsterLon, MtLeinsterLat);

        // The cursor on the profile marks that distance on both paths on the map.
        var chart = (await page.Locator("#profile .u-over").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(chart.X + (chart.Width * 0.2f), chart.Y + (chart.Height / 2));
        await page.WaitForSelectorAsync("body[data-hover='2']");
        Assert.Equal(2, await WalkerCountAsync(page));
        Assert.Contains(" km, ", await page.TextContentAsync("#hover-readout"));

        // The pointer on a path marks its nearest vertex on the profile.
        var map = (await page.Locator("#map").BoundingBoxAsync())!;
        var vertex = await page.EvaluateAsync<double[]>(
            "() => { const p = window.terrainDescent.lastResult.paths[1]; return window.terrainDescent.pixelOf(p.lon[400], p.lat[400]); }");
        await page.Mouse.MoveAsync((float)(map.X + vertex[0]), (float)(map.Y + vertex[1]));
        await page.WaitForSelectorAsync("body[data-hover='1']");
        Assert.StartsWith("momentum ", await page.TextContentAsync("#hover-readout"));

        // Step by step: forward, back and the scrubber; the table shows each method's current step.
        await page.ClickAsync("#teaching summary");
        for (var i = 0; i < 3; i++)
        {
            await page.ClickAsync("#step-forward");
        }

        await page.WaitForSelectorAsync("body[data-step='3']");
        await page.ClickAsync("#step-back");
        await page.WaitForSelectorAsync("body[data-step='2']");
        Assert.Equal(2, await page.Locator("#steps tbody tr").CountAsync());
        Assert.Equal("2", await page.TextContentAsync("#steps tbody tr[data-method=momentum] td:nth-child(2)"));
        await page.Locator("#scrubber").FillAsync("500");
        await page.WaitForSelectorAsync("body[data-step='500']");
        var moved = double.Parse((await page.TextContentAsync("#steps tbody tr[data-method=momentum] td:nth-child(5)"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(moved > 0, "the ball moves at step 500");
        Assert.Equal(2, await WalkerCountAsync(page));
        await page.CheckAsync("#arrows");
        await page.WaitForFunctionAsync("() => Number(document.body.dataset.arrows) > 100");
        var arrows = await page.EvaluateAsync<int>(
            "() => window.terrainDescent.map.getLayers().getArray().find(l => l.get('id') === 'gradient').getSource().getFeatures().length");
        Assert.True(arrows > 100, $"{arrows} arrow parts");
        await ScreenshotAsync(page, "map-page-steps.png");

        // Layers hide and fade.
        await page.ClickAsync("#layer-switcher summary");
        await page.UncheckAsync(".layer-row[data-layer=relief] input[type=checkbox]");
        await page.Locator(".layer-row[data-layer=paths] input[type=range]").FillAsync("50");
        var state = await page.EvaluateAsync<double[]>(
            "() => { const l = (id) => window.terrainDescent.map.getLayers().getArray().find(x => x.get('id') === id); return [l('relief').getVisible() ? 1 : 0, l('paths').getOpacity(), l('markers').getOpacity()]; }");
        Assert.Equal([0, 0.5, 0.5], state);
    }

    [Fact]
    public async Task EveryPeakInView_RunsTheBatchEngineAndShowsTheSummaryPerMethod()
    {
        await using var chromium = await ChromiumSession.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await OpenAsync(page, server.Url + "?view=-6.78,52.59,11&maxSteps=20000");
        await page.WaitForSelectorAsync("body[data-status=ready]");
        await page.WaitForFunctionAsync("() => Number(document.body.dataset.peaks) > 5");
        var peaksInView = await page.EvaluateAsync<int>("() => window.terrainDescent.peaks().length");

        await page.ClickAsync("#batch");
        await page.WaitForSelectorAsync("body[data-status=batch-done]", new PageWaitForSelectorOptions { Timeout = 120_000 });

        Assert.Equal(2, await page.Locator("#batch-summary tbody tr").CountAsync());
        Assert.Contains($"Descended from {peaksInView} summits", await page.TextContentAsync("#status"));
        var lines = await page.EvaluateAsync<int>(
            "() => window.terrainDescent.map.getLayers().getArray().find(l => l.get('id') === 'paths').getSource().getFeatures().length");
        Assert.Equal(2 * peaksInView, lines);
        var href = (await page.GetAttributeAsync("#download-batch", "href"))!;
        using var all = System.Text.Json.JsonDocument.Parse(await server.Client.GetStringAsync(href));
        Assert.Equal(2 * peaksInView, all.RootElement.GetProperty("features").GetArrayLength());
        await ScreenshotAsync(page, "map-page-batch.png");
    }

    [Fact]
    public async Task Basemap_GivenToTheServer_IsDrawnUnderTheRelief()
    {
        // The basemap here is the other server's sea-mask tiles at 123 m, so the test stays offline.
        var template = server.Url + "api/tiles/mask/{z}/{x}/{y}.png?seaLevel=123";
        var own = await MapServer.StartAsync(TerrainScene.Open([TestData.N52W007]), new MapServerOptions { Port = 0, BasemapUrlTemplate = template });
        await using (own)
        {
            await using var chromium = await ChromiumSession.LaunchAsync();
            var page = await chromium.NewPageAsync();
            var basemapTiles = 0;
            page.Request += (_, request) => basemapTiles += request.Url.Contains("seaLevel=123", StringComparison.Ordinal) ? 1 : 0;
            await OpenAsync(page, own.Url.ToString());

            var bottom = await page.EvaluateAsync<string>("() => window.terrainDescent.map.getLayers().item(0).get('id')");
            Assert.Equal("basemap", bottom);
            Assert.True(basemapTiles > 0, "the page fetched basemap tiles");
        }
    }

    private static Task<int> WalkerCountAsync(IPage page) => page.EvaluateAsync<int>(
        "() => window.terrainDescent.map.getLayers().getArray().find(l => l.get('id') === 'animation').getSource().getFeatures().length");
}
