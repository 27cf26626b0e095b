using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Buffer;
using NetTopologySuite.Simplify;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Imaging;
using TerrainDescent.Web.Map;

namespace TerrainDescent.Web.Rendering;

/// <summary>
/// Draws descent paths and their start and end markers onto a picture: each line is laid out in picture pixels,
/// buffered to its width with NetTopologySuite (round caps and joins) and rasterised by GDAL. Lines go down
/// halos first; markers go on top, the start last.
/// </summary>
public static class PathPainter
{
    private static readonly GeometryFactory s_factory = new();

    /// <summary>Paints the lines of <paramref name="paths"/> (CRS coordinates of the frame's grid) onto <paramref name="image"/>.</summary>
    public static void PaintLines(RgbaImage image, ImageFrame frame, IReadOnlyList<TerrainPath> paths, MapComposition map)
    {
        var lines = paths.Select(p => (Line: ToPixels(p, frame), Style: map.StyleFor(p.Method))).ToList();
        foreach (var (line, style) in lines)
        {
            Fill(image, Buffer(line, style.LineWidthPixels / 2 + map.PathHaloWidthPixels), map.PathHaloColour);
        }

        foreach (var (line, style) in lines)
        {
            Fill(image, Buffer(line, style.LineWidthPixels / 2), style.Colour);
        }
    }

    /// <summary>Paints each path's end marker in its method colour, then the (shared) start marker.</summary>
    public static void PaintMarkers(RgbaImage image, ImageFrame frame, IReadOnlyList<TerrainPath> paths, MapComposition map)
    {
        foreach (var path in paths)
        {
            PaintMarker(image, frame.PixelOf(path.End.X, path.End.Y), map.EndMarker, map.StyleFor(path.Method).Colour);
        }

        if (paths.Count > 0)
        {
            PaintMarker(image, frame.PixelOf(paths[0].Start.X, paths[0].Start.Y), map.StartMarker, map.StartMarker.Fill!.Value);
        }
    }

    /// <summary>Paints one round marker centred on picture position <paramref name="centre"/>.</summary>
    public static void PaintMarker(RgbaImage image, (double X, double Y) centre, MarkerStyle marker, RgbaColour methodColour)
    {
        var point = s_factory.CreatePoint(new Coordinate(centre.X, centre.Y));
        Fill(image, point.Buffer(marker.RadiusPixels + marker.OutlineWidthPixels), marker.Outline);
        Fill(image, point.Buffer(marker.RadiusPixels), marker.FillFor(methodColour));
    }

    /// <summary>Paints every pixel inside <paramref name="area"/> with <paramref name="colour"/>.</summary>
    public static void Fill(RgbaImage image, Geometry area, RgbaColour colour)
    {
        if (area.IsEmpty)
        {
            return;
        }

        var mask = PolygonMask.Rasterise(image.Width, image.Height, [area.AsText()]);
        for (var i = 0; i < mask.Length; i++)
        {
            if (mask[i] != 0)
            {
                image.Blend(i % image.Width, i / image.Width, colour.R, colour.G, colour.B, colour.A);
            }
        }
    }

    /// <summary>
    /// The path in picture pixels, simplified to a quarter pixel (Douglas–Peucker): thousands of sub-pixel steps
    /// change nothing visible but slow the buffer down. A path that never moved is a point.
    /// </summary>
    private static Geometry ToPixels(TerrainPath path, ImageFrame frame)
    {
        var coordinates = path.Vertices.Select(v => frame.PixelOf(v.X, v.Y)).Select(p => new Coordinate(p.X, p.Y)).ToArray();
        if (coordinates.Length < 2 || coordinates.All(c => c.Equals2D(coordinates[0])))
        {
            return s_factory.CreatePoint(coordinates[0]);
        }

        return DouglasPeuckerSimplifier.Simplify(s_factory.CreateLineString(coordinates), 0.25);
    }

    private static Geometry Buffer(Geometry line, double halfWidthPixels) =>
        line.Buffer(halfWidthPixels, new BufferParameters { EndCapStyle = EndCapStyle.Round, JoinStyle = JoinStyle.Round });
}
