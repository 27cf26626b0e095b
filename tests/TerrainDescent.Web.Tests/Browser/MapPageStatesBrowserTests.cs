using Microsoft.Playwright;
using TerrainDescent.TestSupport;
using static TerrainDescent.Web.Tests.Browser.MapPageDriver;

namespace TerrainDescent.Web.Tests.Browser;

/// <summary>
/// The map page's layout and states in Chromium: the phone layout, the keyboard, downloads that are really
/// disabled, decimal commas, refused fields marked beside themselves with results cleared, and a stopped server.
/// </summary>
[Trait("Category", "Browser")]
public sealed class MapPageStatesBrowserTests(MapServerFixture server) : IClassFixture<MapServerFixture>
{
    [Fact]
    public async Task PhoneViewport_PutsTheSidebarBelowAFullWidthMapWithoutSidewaysScrolling()
    {
        await using var chromium = await ChromiumSession.LaunchAsync();
        var page = await chromium.NewPageAsync(390, 844);
        await OpenAsync(page, server.Url + "?snapRadius=300&methods=hill-walker,momentum,nesterov,adagrad,rmsprop,adam,exact-line-search,armijo");
        await page.WaitForSelectorAsync("body[data-status=ready]");

        var map = (await page.Locator("#map").BoundingBoxAsync())!;
        var aside = (await page.Locator("aside").BoundingBoxAsync())!;
        Assert.Equal(390, map.Width, 1);
        Assert.True(map.Height > 300, $"the map is {map.Height} px tall");
        Assert.True(aside.Y >= map.Y + map.Height - 1, "the sidebar is below the map");
        await ClickAtAsync(page, MtLeinsterLon, MtLeinsterLat);
        Assert.Equal(8, await page.Locator("#paths tbody tr").CountAsync());
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"the page is {widths[0]} px wide in a {widths[1]} px window");
        await ScreenshotAsync(page, "map-page-phone.png");
        await page.Locator("#paths").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "map-page-phone-table.png");
    }

    [Fact]
    public async Task DownloadsAndFields_AreDisabledUntilThereArePathsAndMarkWhatTheyRefuse()
    {
        await using var chromium = await ChromiumSession.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await OpenAsync(page, server.Url.ToString());
        await page.WaitForSelectorAsync("body[data-status=ready]");

        // Before any descent the downloads have no address, and Tab never reaches them.
        Assert.Null(await page.GetAttributeAsync("#download", "href"));
        Assert.Equal("true", await page.GetAttributeAsync("#download-gpx", "aria-disabled"));
        var reached = new List<string>();
        await page.FocusAsync("#map");
        for (var i = 0; i < 30; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.tagName"));
        }

        Assert.Contains("goto", reached);
        Assert.Contains("units", reached);
        Assert.DoesNotContain("download", reached);
        Assert.DoesNotContain("download-gpx", reached);

        // The keyboard: arrow keys pan the focused map, Enter descends from its centre.
        await page.FocusAsync("#map");
        var before = await page.EvaluateAsync<double[]>("() => window.terrainDescent.map.getView().getCenter()");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.WaitForFunctionAsync("(x) => window.terrainDescent.map.getView().getCenter()[0] !== x", before[0]);
        await page.WaitForTimeoutAsync(400);

        // A decimal comma is read as a decimal point.
        await page.FillAsync("#alpha", "12,5");
        await page.FocusAsync("#map");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("body[data-status=done]");
        Assert.Contains("alpha=12.5", await page.GetAttributeAsync("#download", "href"));
        Assert.Equal(2, await page.Locator("#paths tbody tr").CountAsync());

        // An ambiguous number is refused beside its field, and the old paths and downloads go.
        await page.FillAsync("#alpha", "1,000.5");
        await page.Locator("#alpha").DispatchEventAsync("change");
        await page.WaitForSelectorAsync("body[data-status=error]");
        Assert.Equal("true", await page.GetAttributeAsync("#alpha", "aria-invalid"));
        Assert.Contains("decimal comma", await page.TextContentAsync("#alpha-error"));
        Assert.Equal(0, await page.Locator("#paths tbody tr").CountAsync());
        Assert.Null(await page.GetAttributeAsync("#download", "href"));
        Assert.Equal(0, await PathFeatureCountAsync(page));

        // The server's refusal is shown beside the field it names.
        await page.FillAsync("#alpha", "-3");
        await page.Locator("#alpha").DispatchEventAsync("change");
        await page.WaitForFunctionAsync("() => document.body.dataset.status === 'error' && document.getElementById('alpha-error').textContent.startsWith('alpha')");
        Assert.Equal("true", await page.GetAttributeAsync("#alpha", "aria-invalid"));

        // An empty field is an error, not a silent default.
        await page.FillAsync("#alpha", "10");
        await page.FillAsync("#maxSteps", "");
        await page.Locator("#maxSteps").DispatchEventAsync("change");
        await page.WaitForFunctionAsync("() => document.getElementById('maxSteps-error').textContent.startsWith('empty')");
        Assert.Equal("false", await page.GetAttributeAsync("#alpha", "aria-invalid"));
        await ScreenshotAsync(page, "map-page-field-error.png");
    }

    [Fact]
    public async Task StoppedServer_ShowsTheServerUnreachableState()
    {
        var own = await MapServerFixture.StartAsync(TestData.N52W007);
        await using var chromium = await ChromiumSession.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await OpenAsync(page, own.Url.ToString());
        await page.WaitForSelectorAsync("body[data-status=ready]");

        await own.DisposeAsync();
        await ClickAtAsync(page, MtLeinsterLon, MtLeinsterLat, expect: "unreachable");

        var status = (await page.TextContentAsync("#status"))!;
        Assert.Contains("unreachable", status);
        Assert.DoesNotContain("Failed to fetch", status);
        Assert.Equal(0, await page.Locator("#paths tbody tr").CountAsync());
    }

    private static Task<int> PathFeatureCountAsync(IPage page) => page.EvaluateAsync<int>(
        "() => window.terrainDescent.map.getLayers().getArray().find(l => l.get('id') === 'paths').getSource().getFeatures().length");
}
