using SkiaSharp;
using TerrainDescent.Rendering.Map;

namespace TerrainDescent.Rendering;

/// <summary>Conversions from the composition's colours to Skia's.</summary>
internal static class SkiaColours
{
    /// <summary>The same colour and opacity as a Skia colour.</summary>
    public static SKColor ToSkia(this RgbaColour colour) => new(colour.R, colour.G, colour.B, colour.A);

    /// <summary>An anti-aliased paint of <paramref name="colour"/>: a fill, or a round-capped stroke of <paramref name="strokeWidthPixels"/>.</summary>
    public static SKPaint Paint(RgbaColour colour, float strokeWidthPixels = 0) => new()
    {
        Color = colour.ToSkia(),
        IsAntialias = true,
        Style = strokeWidthPixels > 0 ? SKPaintStyle.Stroke : SKPaintStyle.Fill,
        StrokeWidth = strokeWidthPixels,
        StrokeCap = SKStrokeCap.Round,
        StrokeJoin = SKStrokeJoin.Round,
    };
}
