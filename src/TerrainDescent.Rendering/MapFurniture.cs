using System.Globalization;
using SkiaSharp;
using TerrainDescent.Rendering.Map;

namespace TerrainDescent.Rendering;

/// <summary>
/// The scale bar (a round length, 1, 2 or 5 × 10ⁿ metres, near a fifth of the picture's width, in four
/// alternating segments) and the north arrow, each on a pale plate so it reads over any relief.
/// </summary>
public static class MapFurniture
{
    private const float TextSize = 12;
    private const float BarHeight = 6;
    private static readonly RgbaColour s_ink = new(25, 25, 25);
    private static readonly RgbaColour s_paper = new(255, 255, 255, 215);

    /// <summary>The longest round length, metres, that is at most <paramref name="maximumMetres"/>.</summary>
    public static double RoundLengthMetres(double maximumMetres)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(maximumMetres)));
        var mantissa = maximumMetres / power;
        return (mantissa >= 5 ? 5 : mantissa >= 2 ? 2 : 1) * power;
    }

    /// <summary>The scale bar's label: metres below a kilometre, kilometres above.</summary>
    public static string LengthLabel(double metres) => metres >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{metres / 1000:0.###} km")
        : string.Create(CultureInfo.InvariantCulture, $"{metres:0} m");

    /// <summary>
    /// Draws the scale bar of <paramref name="view"/> in <paramref name="corner"/> (a bottom corner), its plate and
    /// text enlarged <paramref name="scale"/> times.
    /// </summary>
    public static void DrawScaleBar(SKCanvas canvas, IMapView view, PictureCorner corner, float scale = 1)
    {
        var metres = RoundLengthMetres(view.MetresPerPixel * view.Width / 5);
        var length = (float)(metres / view.MetresPerPixel / scale);
        canvas.Save();
        canvas.Scale(scale);
        var label = LengthLabel(metres);
        using var font = new SKFont(MapFonts.Regular, TextSize) { Subpixel = true };
        var plate = new SKSize(Math.Max(length, font.MeasureText(label)) + 16, TextSize + BarHeight + 16);
        var box = LegendPlacement.Box(corner, plate, (int)(view.Width / scale), (int)(view.Height / scale));
        using var paper = SkiaColours.Paint(s_paper);
        using var ink = SkiaColours.Paint(s_ink);
        using var white = SkiaColours.Paint(new RgbaColour(255, 255, 255));
        using var outline = SkiaColours.Paint(s_ink, 1);
        canvas.DrawRoundRect(box, 4, 4, paper);
        var left = box.Left + 8;
        var top = box.Bottom - 6 - BarHeight;
        for (var i = 0; i < 4; i++)
        {
            canvas.DrawRect(SKRect.Create(left + i * length / 4, top, length / 4, BarHeight), i % 2 == 0 ? ink : white);
        }

        canvas.DrawRect(SKRect.Create(left, top, length, BarHeight), outline);
        canvas.DrawText(label, left, top - 4, SKTextAlign.Left, font, ink);
        canvas.Restore();
    }

    /// <summary>Draws a north arrow (north is up in every view) in <paramref name="corner"/>, enlarged <paramref name="scale"/> times.</summary>
    public static void DrawNorthArrow(SKCanvas canvas, int width, int height, PictureCorner corner, float scale = 1)
    {
        canvas.Save();
        canvas.Scale(scale);
        var box = LegendPlacement.Box(corner, new SKSize(30, 46), (int)(width / scale), (int)(height / scale));
        using var paper = SkiaColours.Paint(s_paper);
        using var ink = SkiaColours.Paint(s_ink);
        using var outline = SkiaColours.Paint(s_ink, 1.2f);
        using var bold = new SKFont(MapFonts.Bold, 13) { Subpixel = true };
        canvas.DrawRoundRect(box, 4, 4, paper);
        var (cx, tip, foot) = (box.MidX, box.Top + 18, box.Bottom - 5);
        using var left = Triangle(cx, tip, cx - 8, foot, cx, foot - 7);
        using var right = Triangle(cx, tip, cx + 8, foot, cx, foot - 7);
        canvas.DrawPath(left, ink);
        canvas.DrawPath(right, outline);
        canvas.DrawText("N", cx, box.Top + 15, SKTextAlign.Center, bold, ink);
        canvas.Restore();
    }

    private static SKPath Triangle(float x1, float y1, float x2, float y2, float x3, float y3)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo(x1, y1);
        builder.LineTo(x2, y2);
        builder.LineTo(x3, y3);
        builder.Close();
        return builder.Detach();
    }
}
