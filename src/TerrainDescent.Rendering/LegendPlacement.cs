using SkiaSharp;

namespace TerrainDescent.Rendering;

/// <summary>
/// Puts the legend in the corner where it hides the least of the paths: each candidate box is scored by the path
/// length (sampled every two pixels, markers included) under it; ties keep the first of top left, top right,
/// bottom left, bottom right.
/// </summary>
public static class LegendPlacement
{
    /// <summary>Distance between the legend and the picture's edge, pixels.</summary>
    public const float MarginPixels = 10;

    /// <summary>Extra room kept clear around the box, pixels: a marker's radius and a halo.</summary>
    private const float ClearancePixels = 10;

    /// <summary>The corner for a legend of <paramref name="legend"/> pixels on a picture crossed by <paramref name="lines"/>.</summary>
    public static PictureCorner Choose(SKSize legend, int width, int height, IReadOnlyList<IReadOnlyList<(double X, double Y)>> lines)
    {
        var best = PictureCorner.TopLeft;
        var bestScore = int.MaxValue;
        foreach (var corner in Enum.GetValues<PictureCorner>())
        {
            var box = Box(corner, legend, width, height);
            box.Inflate(ClearancePixels, ClearancePixels);
            var score = lines.Sum(line => Hidden(line, box));
            if (score < bestScore)
            {
                (best, bestScore) = (corner, score);
            }
        }

        return best;
    }

    /// <summary>The legend's box in <paramref name="corner"/>.</summary>
    public static SKRect Box(PictureCorner corner, SKSize legend, int width, int height)
    {
        var left = corner is PictureCorner.TopLeft or PictureCorner.BottomLeft ? MarginPixels : width - MarginPixels - legend.Width;
        var top = corner is PictureCorner.TopLeft or PictureCorner.TopRight ? MarginPixels : height - MarginPixels - legend.Height;
        return SKRect.Create(left, top, legend.Width, legend.Height);
    }

    /// <summary>How many two-pixel samples along <paramref name="line"/> fall inside <paramref name="box"/>.</summary>
    private static int Hidden(IReadOnlyList<(double X, double Y)> line, SKRect box)
    {
        var count = line.Count > 0 && box.Contains((float)line[0].X, (float)line[0].Y) ? 1 : 0;
        for (var i = 1; i < line.Count; i++)
        {
            var (a, b) = (line[i - 1], line[i]);
            var steps = Math.Max(1, (int)Math.Ceiling(Math.Max(Math.Abs(b.X - a.X), Math.Abs(b.Y - a.Y)) / 2));
            for (var s = 1; s <= steps; s++)
            {
                var t = s / (double)steps;
                count += box.Contains((float)(a.X + (b.X - a.X) * t), (float)(a.Y + (b.Y - a.Y) * t)) ? 1 : 0;
            }
        }

        return count;
    }
}
