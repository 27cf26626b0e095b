using System.Globalization;
using SkiaSharp;
using TerrainDescent.Rendering.Map;

namespace TerrainDescent.Rendering;

/// <summary>
/// The elevation profile that <c>render --profile</c> draws under the map: elevation against ground distance from
/// the start, one anti-aliased line per path in its method's colour, the sea-level threshold as a dashed blue line,
/// and axes with round ticks (1, 2 or 5 × 10ⁿ) labelled in km and m in DejaVu.
/// </summary>
public static class ProfilePanel
{
    private const float TextSize = 12;
    private static readonly RgbaColour s_ink = new(25, 25, 25);
    private static readonly RgbaColour s_grid = new(25, 25, 25, 40);
    private static readonly RgbaColour s_paper = new(255, 255, 255);

    /// <summary>
    /// Draws <paramref name="lines"/> into a <paramref name="width"/> × <paramref name="height"/> picture, text and
    /// margins enlarged <paramref name="scale"/> times (as <see cref="MapPicture.UiScale"/> gives for the map above it).
    /// </summary>
    public static MapImage Draw(int width, int height, MapComposition map, IReadOnlyList<ProfileLine> lines, double seaLevelMetres, float scale = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 60);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(s_paper.ToSkia());

        var plot = new SKRect(62 * scale, 12 * scale, width - 30 * scale, height - 34 * scale);
        var (maxDistance, minElevation, maxElevation) = Ranges(lines, seaLevelMetres);
        var distanceStep = NiceStep(maxDistance, 6);
        var elevationStep = NiceStep(maxElevation - minElevation, 4);
        var (low, high) = (Math.Floor(minElevation / elevationStep) * elevationStep, Math.Ceiling(maxElevation / elevationStep) * elevationStep);
        var right = Math.Ceiling(maxDistance / distanceStep) * distanceStep;
        float X(double metres) => plot.Left + (float)(metres / right * plot.Width);
        float Y(double metres) => plot.Bottom - (float)((metres - low) / (high - low) * plot.Height);

        using var font = new SKFont(MapFonts.Regular, TextSize * scale) { Subpixel = true };
        using var ink = SkiaColours.Paint(s_ink);
        using var grid = SkiaColours.Paint(s_grid, 1);
        for (var d = 0.0; d <= right + distanceStep / 2; d += distanceStep)
        {
            canvas.DrawLine(X(d), plot.Top, X(d), plot.Bottom, grid);
            canvas.DrawText(MapFurniture.LengthLabel(d), X(d), plot.Bottom + 16 * scale, SKTextAlign.Center, font, ink);
        }

        for (var e = low; e <= high + elevationStep / 2; e += elevationStep)
        {
            canvas.DrawLine(plot.Left, Y(e), plot.Right, Y(e), grid);
            canvas.DrawText(string.Create(CultureInfo.InvariantCulture, $"{e:0} m"), plot.Left - 6 * scale, Y(e) + 4 * scale, SKTextAlign.Right, font, ink);
        }

        canvas.DrawText("ground distance from the start", plot.MidX, height - 4 * scale, SKTextAlign.Center, font, ink);
        using (var sea = SkiaColours.Paint(map.SeaMaskColour with { A = 255 }, 1.5f * scale))
        {
            sea.PathEffect = SKPathEffect.CreateDash([6 * scale, 4 * scale], 0);
            canvas.DrawLine(plot.Left, Y(seaLevelMetres), plot.Right, Y(seaLevelMetres), sea);
        }

        canvas.Save();
        canvas.ClipRect(SKRect.Inflate(plot, 2 * scale, 2 * scale));
        foreach (var line in lines)
        {
            using var path = Polyline(line, X, Y);
            using var paint = SkiaColours.Paint(map.StyleFor(line.Method).Colour, 2 * scale);
            canvas.DrawPath(path, paint);
        }

        canvas.Restore();
        using var frame = SkiaColours.Paint(s_ink, 1);
        canvas.DrawRect(plot, frame);
        canvas.Flush();
        return MapImage.FromBitmap(bitmap);
    }

    /// <summary>The step of about <paramref name="count"/> round ticks over <paramref name="range"/>: 1, 2 or 5 × 10ⁿ.</summary>
    public static double NiceStep(double range, int count)
    {
        if (!(range > 0) || !double.IsFinite(range))
        {
            return 1;
        }

        var raw = range / count;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var mantissa = raw / power;
        return (mantissa > 5 ? 10 : mantissa > 2 ? 5 : mantissa > 1 ? 2 : 1) * power;
    }

    private static (double MaxDistance, double MinElevation, double MaxElevation) Ranges(IReadOnlyList<ProfileLine> lines, double seaLevelMetres)
    {
        var maxDistance = lines.SelectMany(l => l.DistanceMetres).DefaultIfEmpty(0).Max();
        var elevations = lines.SelectMany(l => l.ElevationMetres).Where(double.IsFinite).Append(seaLevelMetres).ToList();
        var (min, max) = (elevations.Min(), elevations.Max());
        return (Math.Max(maxDistance, 1), min, max > min ? max : min + 1);
    }

    /// <summary>The line through the finite vertices; a void breaks it.</summary>
    private static SKPath Polyline(ProfileLine line, Func<double, float> x, Func<double, float> y)
    {
        using var builder = new SKPathBuilder();
        var drawing = false;
        for (var i = 0; i < line.DistanceMetres.Count; i++)
        {
            var elevation = line.ElevationMetres[i];
            if (!double.IsFinite(elevation))
            {
                drawing = false;
                continue;
            }

            var point = new SKPoint(x(line.DistanceMetres[i]), y(elevation));
            if (drawing)
            {
                builder.LineTo(point);
            }
            else
            {
                builder.MoveTo(point);
                drawing = true;
            }
        }

        return builder.Detach();
    }
}
