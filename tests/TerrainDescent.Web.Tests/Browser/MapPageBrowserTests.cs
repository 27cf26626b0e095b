using System.Globalization;
using Microsoft.Playwright;
using TerrainDescent.Gdal;
using TerrainDescent.Rendering;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Web.Tests.Browser;

/// <summary>
/// The map page in a real browser (Debian's Chromium through Playwright) on N52W007, used as a person would:
/// click Mt Leinster, wait for both paths, check them against the command line, download the GeoJSON, play the
/// animation, move the sea-level threshold, then check Adam and change its η. Leaves screenshots in the test
/// output folder.
/// </summary>
[Trait("Category", "Browser")]
public sealed class MapPageBrowserTests(MapServerFixture server) : IClassFixture<MapServerFixture>
{
    private const double MtLeinsterLat = 52.6175;
    private const double MtLeinsterLon = -6.7797;
    private const string SnapRadiusMetres = "300";

    [Fact]
    public async Task ClickOnMtLeinster_ShowsBothPathsAsTheCliComputesThemAndTheMaskFollowsTheThreshold()
    {
        var outputFolder = Path.Combine(AppContext.BaseDirectory, "browser-output");
        Directory.CreateDirectory(outputFolder);
        await using var chromium = await ChromiumSession.LaunchAsync();
        var page = await chromium.NewPageAsync();
        var pageErrors = new List<string>();
        page.PageError += (_, message) => pageErrors.Add(message);
        await page.GotoAsync(server.Url.ToString());
        await page.WaitForSelectorAsync("body[data-status=ready]");

        await page.FillAsync("#snapRadius", SnapRadiusMetres);
        var map = (await page.Locator("#map").BoundingBoxAsync())!;
        var pixel = await page.EvaluateAsync<double[]>("([lon, lat]) => window.terrainDescent.pixelOf(lon, lat)", new[] { MtLeinsterLon, MtLeinsterLat });
        await page.Mouse.ClickAsync((float)(map.X + pixel[0]), (float)(map.Y + pixel[1]));
        await page.WaitForSelectorAsync("body[data-status=done]");

        var rows = page.Locator("#paths tbody tr");
        Assert.Equal(2, await rows.CountAsync());
        var shown = new Dictionary<string, (double Lon, double Lat)>();
        for (var i = 0; i < 2; i++)
        {
            var row = rows.Nth(i);
            shown[(await row.GetAttributeAsync("data-method"))!] = (Number(await row.GetAttributeAsync("data-end-lon")), Number(await row.GetAttributeAsync("data-end-lat")));
        }

        var clickLat = (await page.GetAttributeAsync("body", "data-click-lat"))!;
        var clickLon = (await page.GetAttributeAsync("body", "data-click-lon"))!;
        var cli = CliDescent.EndPoints(TestData.N52W007, clickLat, clickLon, SnapRadiusMetres);
        Assert.Equal(cli.Keys.Order(), shown.Keys.Order());
        foreach (var (method, end) in cli)
        {
            Approx.AssertClose(end.Lon, shown[method].Lon, 1e-7, $"{method} end longitude, page vs CLI");
            Approx.AssertClose(end.Lat, shown[method].Lat, 1e-7, $"{method} end latitude, page vs CLI");
        }

        Assert.True(shown["momentum"].Lon < -6.9, "the ball rolls on into the Barrow valley");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download"));
        var geoJsonPath = Path.Combine(outputFolder, "downloaded-paths.geojson");
        await download.SaveAsAsync(geoJsonPath);
        var features = VectorReader.ReadFeatures(geoJsonPath).ToList();
        Assert.Equal(2, features.Count);
        Assert.Equal(cli, CliDescent.ReadEnds(await File.ReadAllBytesAsync(geoJsonPath)));
        Assert.All(features, f => Assert.True(f.Positions.Count > 10 && f.Positions.All(p => double.IsFinite(p.Z))));

        await page.ClickAsync("#play");
        await page.WaitForSelectorAsync("body[data-animation=playing]");
        await page.WaitForTimeoutAsync(2500);
        var walkers = await page.EvaluateAsync<int>(
            "() => window.terrainDescent.map.getLayers().getArray().find(l => l.get('id') === 'animation').getSource().getFeatures().length");
        Assert.Equal(2, walkers);
        Assert.StartsWith("step ", await page.TextContentAsync("#step-counter"));
        await page.Mouse.MoveAsync((float)(map.X + pixel[0] + 60), (float)(map.Y + pixel[1] + 40));
        await page.WaitForFunctionAsync("() => document.getElementById('cursor').textContent.endsWith(' m')");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(outputFolder, "map-page.png") });
        await page.ClickAsync("#play");

        var before = MapImage.DecodePng(await page.Locator("#map").ScreenshotAsync());
        await page.FillAsync("#seaLevel", "150");
        await page.Locator("#seaLevel").DispatchEventAsync("change");
        await page.WaitForSelectorAsync("body[data-mask-sea-level='150']");
        await page.WaitForSelectorAsync("body[data-status=done]");
        await page.WaitForTimeoutAsync(500);
        var after = MapImage.DecodePng(await page.Locator("#map").ScreenshotAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(outputFolder, "map-page-sea-level-150.png") });

        Assert.True(BluerPixels(after, before) > 20_000, "raising the threshold to 150 m tints many more cells");
        Assert.Contains("Below 150 m", await page.TextContentAsync("#legend"));

        // Adam's parameters appear when it is checked, and a new η re-runs its path as the API computes it.
        Assert.False(await page.IsVisibleAsync("#eta"));
        await page.CheckAsync("input[name=method][value=adam]");
        await page.WaitForSelectorAsync("#paths tbody tr[data-method=adam]");
        Assert.True(await page.IsVisibleAsync("#eta"));
        Assert.True(await page.IsVisibleAsync("#beta2"));
        Assert.False(await page.IsVisibleAsync("#armijoC"));
        var adamRow = page.Locator("#paths tbody tr[data-method=adam]");
        var defaultEnd = (await adamRow.GetAttributeAsync("data-end-lon"))!;
        await page.FillAsync("#eta", "40");
        await page.Locator("#eta").DispatchEventAsync("change");
        await page.WaitForFunctionAsync(
            "(before) => document.querySelector('#paths tbody tr[data-method=adam]')?.dataset.endLon !== before && document.body.dataset.status === 'done'",
            defaultEnd);
        var href = (await page.GetAttributeAsync("#download", "href"))!;
        Assert.Contains("eta=40", href);
        using var api = System.Text.Json.JsonDocument.Parse(await server.Client.GetStringAsync("api/descend?" + href.Split('?')[1]));
        var apiAdam = api.RootElement.GetProperty("paths").EnumerateArray().Single(p => p.GetProperty("method").GetString() == "adam");
        Approx.AssertClose(apiAdam.GetProperty("endLon").GetDouble(), Number(await adamRow.GetAttributeAsync("data-end-lon")), 1e-7, "adam end longitude with η = 40, page vs API");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(outputFolder, "map-page-adam.png") });
        Assert.Empty(pageErrors);
    }

    private static double Number(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);

    /// <summary>Pixels whose blue channel rose clearly above red and green that were not so before.</summary>
    private static int BluerPixels(MapImage after, MapImage before)
    {
        var count = 0;
        for (var y = 0; y < Math.Min(after.Height, before.Height); y++)
        {
            for (var x = 0; x < Math.Min(after.Width, before.Width); x++)
            {
                var (r, g, b, _) = after[x, y];
                var (r0, g0, b0, _) = before[x, y];
                count += b > r + 40 && b > g && !(b0 > r0 + 40 && b0 > g0) ? 1 : 0;
            }
        }

        return count;
    }
}
