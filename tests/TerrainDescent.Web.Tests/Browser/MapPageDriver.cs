using Microsoft.Playwright;

namespace TerrainDescent.Web.Tests.Browser;

/// <summary>What the map page browser tests do again and again: open the page, click a place, read the table.</summary>
internal static class MapPageDriver
{
    public const double MtLeinsterLat = 52.6175;
    public const double MtLeinsterLon = -6.7797;

    /// <summary>The folder the browser tests leave their screenshots and downloads in.</summary>
    public static string OutputFolder
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "browser-output");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Opens <paramref name="url"/> and waits for the map to have drawn once.</summary>
    public static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("body[data-map=ready]");
    }

    /// <summary>Clicks the map at a position and waits for the paths (or for an error when <paramref name="expect"/> says so).</summary>
    public static async Task ClickAtAsync(IPage page, double lon, double lat, string expect = "done")
    {
        var map = (await page.Locator("#map").BoundingBoxAsync())!;
        var pixel = await page.EvaluateAsync<double[]>("([lon, lat]) => window.terrainDescent.pixelOf(lon, lat)", new[] { lon, lat });
        await page.EvaluateAsync("() => { document.body.dataset.status = 'clicked'; }");
        await page.Mouse.ClickAsync((float)(map.X + pixel[0]), (float)(map.Y + pixel[1]));
        await page.WaitForSelectorAsync($"body[data-status={expect}]");
    }

    /// <summary>The table's body as text and each row's end position, which together say which paths are shown.</summary>
    public static async Task<string> TableAsync(IPage page) =>
        await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('#paths tbody tr')].map(r => `${r.innerText} @ ${r.dataset.endLon},${r.dataset.endLat}`).join('\\n')");

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(OutputFolder, name) });
}
