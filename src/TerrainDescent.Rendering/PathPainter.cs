using SkiaSharp;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Rendering.Map;

namespace TerrainDescent.Rendering;

/// <summary>
/// Draws descent paths and their start and end markers: anti-aliased, round-capped and round-joined lines, every
/// halo first so that crossing lines stay readable; markers go on top, the shared start last.
/// </summary>
public static class PathPainter
{
    /// <summary>Vertices closer than this to the previous one kept are skipped: thousands of sub-pixel steps change nothing visible.</summary>
    private const double MinimumStepPixels = 0.25;

    /// <summary>Draws the lines of <paramref name="paths"/> (CRS coordinates of the view) onto <paramref name="canvas"/>.</summary>
    public static void DrawLines(SKCanvas canvas, IMapView view, IReadOnlyList<TerrainPath> paths, MapComposition map)
    {
        var lines = paths.Select(p => (Line: ToPixels(p, view), Style: map.StyleFor(p.Method))).ToList();
        foreach (var (line, style) in lines)
        {
            using var halo = SkiaColours.Paint(map.PathHaloColour, (float)(style.LineWidthPixels + 2 * map.PathHaloWidthPixels));
            canvas.DrawPath(line, halo);
        }

        foreach (var (line, style) in lines)
        {
            using var paint = SkiaColours.Paint(style.Colour, (float)style.LineWidthPixels);
            canvas.DrawPath(line, paint);
            line.Dispose();
        }
    }

    /// <summary>Draws each path's end marker in its method colour, then the (shared) start marker.</summary>
    public static void DrawMarkers(SKCanvas canvas, IMapView view, IReadOnlyList<TerrainPath> paths, MapComposition map)
    {
        foreach (var path in paths)
        {
            DrawMarker(canvas, view.PixelOf(path.End.X, path.End.Y), map.EndMarker, map.StyleFor(path.Method).Colour);
        }

        if (paths.Count > 0)
        {
            DrawMarker(canvas, view.PixelOf(paths[0].Start.X, paths[0].Start.Y), map.StartMarker, map.StartMarker.Fill!.Value);
        }
    }

    /// <summary>Draws one round marker centred on picture position <paramref name="centre"/>.</summary>
    public static void DrawMarker(SKCanvas canvas, (double X, double Y) centre, MarkerStyle marker, RgbaColour methodColour)
    {
        var (x, y) = ((float)centre.X, (float)centre.Y);
        using var outline = SkiaColours.Paint(marker.Outline);
        using var fill = SkiaColours.Paint(marker.FillFor(methodColour));
        canvas.DrawCircle(x, y, (float)(marker.RadiusPixels + marker.OutlineWidthPixels), outline);
        canvas.DrawCircle(x, y, (float)marker.RadiusPixels, fill);
    }

    /// <summary>The picture positions of a path's vertices, thinned to <see cref="MinimumStepPixels"/>.</summary>
    public static IReadOnlyList<(double X, double Y)> PixelVertices(TerrainPath path, IMapView view)
    {
        var points = new List<(double X, double Y)>();
        foreach (var vertex in path.Vertices)
        {
            var p = view.PixelOf(vertex.X, vertex.Y);
            if (points.Count == 0 || Math.Abs(p.X - points[^1].X) + Math.Abs(p.Y - points[^1].Y) >= MinimumStepPixels)
            {
                points.Add(p);
            }
        }

        var last = view.PixelOf(path.End.X, path.End.Y);
        if (points.Count == 1 || points[^1] != last)
        {
            points.Add(last);
        }

        return points;
    }

    /// <summary>The path as a Skia path in picture pixels; one that never moved is a zero-length line, drawn as a dot by the round cap.</summary>
    private static SKPath ToPixels(TerrainPath path, IMapView view)
    {
        var points = PixelVertices(path, view);
        using var line = new SKPathBuilder();
        line.MoveTo((float)points[0].X, (float)points[0].Y);
        foreach (var (x, y) in points.Skip(1))
        {
            line.LineTo((float)x, (float)y);
        }

        return line.Detach();
    }
}
