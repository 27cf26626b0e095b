using System.Globalization;
using TerrainDescent.Gdal.Imaging;
using TerrainDescent.Web.Map;

namespace TerrainDescent.Web.Rendering;

/// <summary>
/// Draws the composition's legend into the top-left corner of a static picture: a pale box with the elevation
/// ramp and its end values, the sea-mask swatch, one line per method and the two markers.
/// </summary>
public static class LegendPainter
{
    private const int Scale = 2;
    private const int Padding = 12;
    private const int RowHeight = 26;
    private const int SymbolWidth = 34;
    private static readonly RgbaColour s_text = new(25, 25, 25);
    private static readonly RgbaColour s_box = new(255, 255, 255, 225);

    /// <summary>Paints <paramref name="entries"/> onto <paramref name="image"/>.</summary>
    public static void Paint(RgbaImage image, IReadOnlyList<LegendEntry> entries, MarkerStyle marker)
    {
        var textHeight = BitmapFont.GlyphHeight * Scale;
        var rows = entries.Sum(e => e.Kind == "ramp" ? 3 : 1);
        var width = Padding * 2 + Math.Max(SymbolWidth + 8 + entries.Max(e => BitmapFont.MeasureWidth(e.Label, Scale)), 220);
        var height = Padding * 2 + rows * RowHeight;
        FillRectangle(image, 8, 8, width, height, s_box);

        var x = 8 + Padding;
        var y = 8 + Padding;
        foreach (var entry in entries)
        {
            var middle = y + RowHeight / 2;
            switch (entry.Kind)
            {
                case "ramp":
                    BitmapFont.Draw(image, entry.Label, x, middle - textHeight / 2, Scale, s_text);
                    PaintRamp(image, entry, x, y + RowHeight, width - 2 * Padding);
                    y += 2 * RowHeight;
                    break;
                case "area":
                    FillRectangle(image, x, middle - 8, SymbolWidth, 16, entry.Colours[0]);
                    break;
                case "line":
                    FillRectangle(image, x, middle - 2, SymbolWidth, 4, entry.Colours[0]);
                    break;
                case "marker":
                    PathPainter.PaintMarker(image, (x + SymbolWidth / 2.0, middle), marker with { Fill = entry.Colours[0] }, entry.Colours[0]);
                    break;
            }

            if (entry.Kind != "ramp")
            {
                BitmapFont.Draw(image, entry.Label, x + SymbolWidth + 8, middle - textHeight / 2, Scale, s_text);
            }

            y += RowHeight;
        }
    }

    /// <summary>A horizontal colour bar of the ramp, with its lowest value under the left end and highest under the right.</summary>
    private static void PaintRamp(RgbaImage image, LegendEntry ramp, int x, int y, int width)
    {
        var low = ramp.Values[0];
        var high = ramp.Values[^1];
        for (var dx = 0; dx < width; dx++)
        {
            var metres = low + (high - low) * dx / (width - 1);
            var index = 1;
            while (index < ramp.Values.Count - 1 && ramp.Values[index] < metres)
            {
                index++;
            }

            var t = (metres - ramp.Values[index - 1]) / Math.Max(1e-9, ramp.Values[index] - ramp.Values[index - 1]);
            FillRectangle(image, x + dx, y, 1, 12, ramp.Colours[index - 1].Lerp(ramp.Colours[index], t));
        }

        var lowLabel = string.Create(CultureInfo.InvariantCulture, $"{low:0}");
        var highLabel = string.Create(CultureInfo.InvariantCulture, $"{high:0}");
        BitmapFont.Draw(image, lowLabel, x, y + 18, Scale, s_text);
        BitmapFont.Draw(image, highLabel, x + width - BitmapFont.MeasureWidth(highLabel, Scale), y + 18, Scale, s_text);
    }

    private static void FillRectangle(RgbaImage image, int x, int y, int width, int height, RgbaColour colour)
    {
        for (var dy = 0; dy < height; dy++)
        {
            for (var dx = 0; dx < width; dx++)
            {
                image.Blend(x + dx, y + dy, colour.R, colour.G, colour.B, colour.A);
            }
        }
    }
}
