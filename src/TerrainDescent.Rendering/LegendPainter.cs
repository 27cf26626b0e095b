using System.Globalization;
using SkiaSharp;
using TerrainDescent.Rendering.Map;

namespace TerrainDescent.Rendering;

/// <summary>
/// Draws the composition's legend in DejaVu Sans on a pale rounded box: the elevation ramp as a colour bar with its
/// end values, the sea-mask swatch, one line per method and the two markers.
/// </summary>
public static class LegendPainter
{
    private const float Padding = 10;
    private const float RowHeight = 22;
    private const float SymbolWidth = 30;
    private const float Gap = 8;
    private const float TextSize = 13;
    private const float MinimumWidth = 170;
    private static readonly RgbaColour s_text = new(25, 25, 25);
    private static readonly RgbaColour s_box = new(255, 255, 255, 230);
    private static readonly RgbaColour s_border = new(60, 60, 60, 140);

    /// <summary>The size of the legend's box for <paramref name="entries"/>, pixels.</summary>
    public static SKSize Measure(IReadOnlyList<LegendEntry> entries)
    {
        using var font = new SKFont(MapFonts.Regular, TextSize);
        using var bold = new SKFont(MapFonts.Bold, TextSize);
        var widest = entries.Max(e => e.Kind == LegendKind.Ramp ? bold.MeasureText(e.Label) - SymbolWidth - Gap : font.MeasureText(e.Label));
        var width = Padding * 2 + Math.Max(SymbolWidth + Gap + widest, MinimumWidth);
        var rows = entries.Sum(e => e.Kind == LegendKind.Ramp ? 3 : 1);
        return new SKSize(MathF.Ceiling(width), Padding * 2 + rows * RowHeight);
    }

    /// <summary>Draws <paramref name="entries"/> with the box's top-left corner at <paramref name="topLeft"/>.</summary>
    public static void Draw(SKCanvas canvas, IReadOnlyList<LegendEntry> entries, MapComposition map, SKPoint topLeft)
    {
        var size = Measure(entries);
        var box = SKRect.Create(topLeft, size);
        using (var fill = SkiaColours.Paint(s_box))
        using (var border = SkiaColours.Paint(s_border, 1))
        {
            canvas.DrawRoundRect(box, 6, 6, fill);
            canvas.DrawRoundRect(box, 6, 6, border);
        }

        using var font = new SKFont(MapFonts.Regular, TextSize) { Subpixel = true };
        using var bold = new SKFont(MapFonts.Bold, TextSize) { Subpixel = true };
        using var text = SkiaColours.Paint(s_text);
        var x = box.Left + Padding;
        var y = box.Top + Padding;
        var baseline = RowHeight / 2 + TextSize * 0.36f;
        foreach (var entry in entries)
        {
            var middle = y + RowHeight / 2;
            switch (entry.Kind)
            {
                case LegendKind.Ramp:
                    canvas.DrawText(entry.Label, x, y + baseline, SKTextAlign.Left, bold, text);
                    DrawRamp(canvas, entry, SKRect.Create(x, y + RowHeight + 3, size.Width - 2 * Padding, 12), font, text);
                    y += 2 * RowHeight;
                    break;
                case LegendKind.Area:
                    using (var swatch = SkiaColours.Paint(entry.Colours[0]))
                    {
                        canvas.DrawRoundRect(SKRect.Create(x, middle - 7, SymbolWidth, 14), 2, 2, swatch);
                    }

                    break;
                case LegendKind.Line:
                    using (var halo = SkiaColours.Paint(map.PathHaloColour, (float)(3 + 2 * map.PathHaloWidthPixels)))
                    using (var line = SkiaColours.Paint(entry.Colours[0], 3))
                    {
                        canvas.DrawLine(x + 3, middle, x + SymbolWidth - 3, middle, halo);
                        canvas.DrawLine(x + 3, middle, x + SymbolWidth - 3, middle, line);
                    }

                    break;
                case LegendKind.Marker:
                    var style = map.StartMarker with { Outline = entry.Outline ?? map.StartMarker.Outline };
                    PathPainter.DrawMarker(canvas, (x + SymbolWidth / 2, middle), style with { Fill = entry.Colours[0] }, entry.Colours[0]);
                    break;
            }

            if (entry.Kind != LegendKind.Ramp)
            {
                canvas.DrawText(entry.Label, x + SymbolWidth + Gap, y + baseline, SKTextAlign.Left, font, text);
            }

            y += RowHeight;
        }
    }

    /// <summary>A horizontal colour bar of the ramp, its lowest value under the left end and highest under the right.</summary>
    private static void DrawRamp(SKCanvas canvas, LegendEntry ramp, SKRect bar, SKFont font, SKPaint text)
    {
        var (low, high) = (ramp.Values[0], ramp.Values[^1]);
        var positions = ramp.Values.Select(v => (float)((v - low) / Math.Max(1e-9, high - low))).ToArray();
        using (var shader = SKShader.CreateLinearGradient(new SKPoint(bar.Left, 0), new SKPoint(bar.Right, 0), ramp.Colours.Select(c => c.ToSkia()).ToArray(), positions, SKShaderTileMode.Clamp))
        using (var paint = new SKPaint { Shader = shader, IsAntialias = true })
        using (var border = SkiaColours.Paint(s_border, 1))
        {
            canvas.DrawRect(bar, paint);
            canvas.DrawRect(bar, border);
        }

        var valuesBaseline = bar.Bottom + 4 + TextSize;
        canvas.DrawText(string.Create(CultureInfo.InvariantCulture, $"{low:0}"), bar.Left, valuesBaseline, SKTextAlign.Left, font, text);
        canvas.DrawText(string.Create(CultureInfo.InvariantCulture, $"{high:0}"), bar.Right, valuesBaseline, SKTextAlign.Right, font, text);
    }
}
