using System.Globalization;
using Microsoft.Playwright;
using static TerrainDescent.Web.Tests.Browser.MapPageDriver;

namespace TerrainDescent.Web.Tests.Browser;

/// <summary>
/// Several starts, contour lines and the teaching table's vectors in Chromium: a shift-click adds a start whose
/// rows form their own group, the link reloads both, back and forward and a plain click still work; the contours
/// layer loads from /api/contours and draws its lines; a step shows each walker's velocity and ∇z.
/// </summary>
[Trait("Category", "Browser")]
public sealed class MapPageStartsBrowserTests(MapServerFixture server) : IClassFixture<MapServerFixture>
{
    private const double SecondLat = 52.5803;
    private const double SecondLon = -6.7402;

    [Fact]
    public async Task ShiftClick_AddsASecondStartGroupedInTheTableAndThePermalinkReloadsBoth()
    {
        await using var chromium = await ChromiumSession.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await OpenAsync(page, server.Url + "?view=-6.76,52.60,12");
        await page.WaitForSelectorAsync("body[data-status=ready]");
        await ClickAtAsync(page, MtLeinsterLon, MtLeinsterLat);
        var single = await TableAsync(page);
        var singleLink = page.Url;

        await ShiftClickAtAsync(page, SecondLon, SecondLat);

        Assert.Equal(2, await page.Locator("#paths tbody tr.start-group").CountAsync());
        Assert.Equal(2, await page.Locator("#paths tbody tr[data-start='1'][data-method]").CountAsync());
        Assert.Equal(2, await page.Locator("#paths tbody tr[data-start='2'][data-method]").CountAsync());
        Assert.StartsWith("Start 2 · lat 52.580", await page.TextContentAsync("#paths tbody tr.start-group[data-start='2']"));
        var both = await TableAsync(page);
        Assert.StartsWith(single.Split('\n')[0], both.Split('\n')[1]);
        var link = page.Url;
        var starts = new Uri(link).Query.Split('&').Count(p => p.TrimStart('?').StartsWith("start=", StringComparison.Ordinal));
        Assert.Equal(2, starts);
        Assert.Contains("starts=", await page.GetAttributeAsync("#download", "href"));
        Assert.Contains("starts=", await page.GetAttributeAsync("#download-gpx", "href"));
        var colours = await page.EvaluateAsync<string[]>("() => window.terrainDescent.lastResult.paths.map(p => p.colour)");
        Assert.Equal(4, colours.Distinct().Count());
        var labels = await page.EvaluateAsync<string[]>(
            "() => window.terrainDescent.map.getLayers().getArray().find(l => l.get('id') === 'markers').getSource().getFeatures().filter(f => f.get('start')).map(f => f.getStyle().getText().getText())");
        Assert.Equal(["1", "2"], labels.Order());

        // The link reloaded elsewhere gives the same two groups.
        var other = await chromium.NewPageAsync();
        await other.GotoAsync(link);
        await other.WaitForSelectorAsync("body[data-status=done][data-starts='2']");
        Assert.Equal(both, await TableAsync(other));

        // Back returns to one start, forward to two; a plain click replaces both with one.
        await page.GoBackAsync();
        await page.WaitForSelectorAsync("body[data-status=done][data-starts='1']");
        Assert.Equal(single, await TableAsync(page));
        Assert.Equal(singleLink, page.Url);
        await page.GoForwardAsync();
        await page.WaitForSelectorAsync("body[data-status=done][data-starts='2']");
        Assert.Equal(both, await TableAsync(page));
        await ClickAtAsync(page, SecondLon, SecondLat);
        Assert.Equal("1", await page.EvaluateAsync<string>("() => document.body.dataset.starts"));
        Assert.Equal(0, await page.Locator("#paths tbody tr.start-group").CountAsync());

        // Shift+Enter on the focused map adds its centre; "Clear starts" removes them all.
        await page.FocusAsync("#map");
        await page.Keyboard.PressAsync("Shift+Enter");
        await page.WaitForSelectorAsync("body[data-status=done][data-starts='2']");
        await page.ClickAsync("#clear-starts");
        await page.WaitForSelectorAsync("body[data-status=ready]");
        Assert.Equal(0, await page.Locator("#paths tbody tr").CountAsync());
        Assert.DoesNotContain("start=", page.Url);
        Assert.True(await page.IsDisabledAsync("#clear-starts"));
    }

    [Fact]
    public async Task ContoursLayer_WhenSwitchedOn_LoadsFromTheServerAndDrawsItsLines()
    {
        await using var chromium = await ChromiumSession.LaunchAsync();
        var page = await chromium.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await OpenAsync(page, server.Url + "?view=-6.78,52.61,13");
        await page.WaitForSelectorAsync("body[data-status=ready]");
        await page.ClickAsync("#layer-switcher summary");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.CheckAsync(".layer-row[data-layer=contours] input[type=checkbox]"),
            r => r.Url.Contains("/api/contours?", StringComparison.Ordinal));

        Assert.Equal(200, response.Status);
        Assert.Contains("interval=50", response.Url);
        await page.WaitForFunctionAsync("() => Number(document.body.dataset.contours) > 10");
        var drawn = await page.EvaluateAsync<int>(
            "() => { const l = window.terrainDescent.map.getLayers().getArray().find(x => x.get('id') === 'contours'); return l.getVisible() ? l.getSource().getFeatures().length : 0; }");
        Assert.True(drawn > 10, $"{drawn} contour lines drawn");
        Assert.Contains("every 50 m (auto)", await page.TextContentAsync("#contour-note"));

        var fixedInterval = await page.RunAndWaitForResponseAsync(
            () => page.SelectOptionAsync("#contour-interval", "100"),
            r => r.Url.Contains("/api/contours?", StringComparison.Ordinal));
        Assert.Contains("interval=100", fixedInterval.Url);
        await page.WaitForFunctionAsync("() => document.querySelector('#contour-note').textContent === 'every 100 m'");
        var levels = await page.EvaluateAsync<double[]>(
            "() => window.terrainDescent.map.getLayers().getArray().find(x => x.get('id') === 'contours').getSource().getFeatures().map(f => f.get('elevation_m'))");
        Assert.All(levels, e => Assert.Equal(0, e % 100));

        // Labels along the lines draw without an error, and the map still finishes its frames.
        var rendered = page.EvaluateAsync("() => new Promise((done) => window.terrainDescent.map.once('rendercomplete', () => done(true)))");
        await page.CheckAsync("#contour-labels");
        await rendered;
        Assert.Empty(errors);
        await page.UncheckAsync(".layer-row[data-layer=contours] input[type=checkbox]");
        Assert.False(await page.EvaluateAsync<bool>("() => window.terrainDescent.map.getLayers().getArray().find(x => x.get('id') === 'contours').getVisible()"));
    }

    [Fact]
    public async Task TeachingStep_ShowsEachWalkersVelocityAndGradientAndDrawsThemAsArrows()
    {
        await using var chromium = await ChromiumSession.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await OpenAsync(page, server.Url + "?view=-6.76,52.60,13&methods=hill-walker,momentum");
        await page.WaitForSelectorAsync("body[data-status=ready]");
        await ClickAtAsync(page, SecondLon, SecondLat);
        await page.ClickAsync("#teaching summary");
        for (var i = 0; i < 5; i++)
        {
            await page.ClickAsync("#step-forward");
        }

        await page.WaitForSelectorAsync("body[data-step='5']");
        var row = "#steps tbody tr[data-method=momentum]";
        var velocity = Numbers(await page.TextContentAsync($"{row} td.velocity"));
        var speed = Numbers(await page.TextContentAsync($"{row} td.speed"))[0];
        var moved = Numbers(await page.TextContentAsync($"{row} td:nth-child(5)"))[0];
        var gradient = Numbers(await page.TextContentAsync($"{row} td.gradient"));

        Assert.True(speed > 0, "the ball moves at step 5");
        Assert.Equal(Math.Sqrt((velocity[0] * velocity[0]) + (velocity[1] * velocity[1])), speed, 0.02);
        Assert.Equal(moved, speed, 0.1 + (0.01 * moved));
        var at = await page.EvaluateAsync<double[]>("() => { const p = window.terrainDescent.lastResult.paths[1]; return [p.lon[5], p.lat[5]]; }");
        var pick = server.Scene.Terrain.Pick(at[0], at[1])!.Value;
        var (east, north) = pick.Layer.Surface.GradientAtCrs(pick.X, pick.Y);
        Assert.Equal(east, gradient[0], 0.002);
        Assert.Equal(north, gradient[1], 0.002);

        var arrows = await page.EvaluateAsync<string[]>(
            "() => window.terrainDescent.map.getLayers().getArray().find(l => l.get('id') === 'step-arrows').getSource().getFeatures().map(f => f.get('kind'))");
        Assert.Equal(2, arrows.Count(k => k == "velocity"));
        Assert.Equal(2, arrows.Count(k => k == "downhill"));
    }

    [Fact]
    public async Task Screenshots_TwoStartsAndContoursOnTheDesktopAndAPhone()
    {
        await using var chromium = await ChromiumSession.LaunchAsync();
        foreach (var (width, height, name) in new[] { (1400, 900, "map-page-starts.png"), (390, 844, "map-page-starts-phone.png") })
        {
            var page = await chromium.NewPageAsync(width, height);
            var zoom = width > 600 ? "12.6" : "11.6";
            await OpenAsync(page, server.Url + $"?methods=hill-walker,momentum,adam,water&start=52.6175%2C-6.7797&start=52.5530%2C-6.8010&view=-6.790,52.585,{zoom}");
            await page.WaitForSelectorAsync("body[data-status=done][data-starts='2']");
            await page.ClickAsync("#layer-switcher summary");
            await page.CheckAsync(".layer-row[data-layer=contours] input[type=checkbox]");
            await page.CheckAsync("#contour-labels");
            await page.WaitForFunctionAsync("() => Number(document.body.dataset.contours) > 10");
            await page.ClickAsync("#layer-switcher summary");
            await page.EvaluateAsync("() => { window.scrollTo(0, 0); document.querySelector('aside').scrollTop = 0; }");
            await page.WaitForTimeoutAsync(800);
            await ScreenshotAsync(page, name);
            Assert.True(new FileInfo(Path.Combine(OutputFolder, name)).Length > 50_000);
        }
    }

    private static async Task ShiftClickAtAsync(IPage page, double lon, double lat)
    {
        var map = (await page.Locator("#map").BoundingBoxAsync())!;
        var pixel = await page.EvaluateAsync<double[]>("([lon, lat]) => window.terrainDescent.pixelOf(lon, lat)", new[] { lon, lat });
        await page.EvaluateAsync("() => { document.body.dataset.status = 'clicked'; }");
        await page.Keyboard.DownAsync("Shift");
        await page.Mouse.ClickAsync((float)(map.X + pixel[0]), (float)(map.Y + pixel[1]));
        await page.Keyboard.UpAsync("Shift");
        await page.WaitForSelectorAsync("body[data-status=done]");
    }

    private static double[] Numbers(string? text) =>
        text!.Split(',').Select(t => double.Parse(t.Trim(), CultureInfo.InvariantCulture)).ToArray();
}
