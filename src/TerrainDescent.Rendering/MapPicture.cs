using SkiaSharp;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Rendering.Map;

namespace TerrainDescent.Rendering;

/// <summary>
/// The static picture of the map, as the <c>render</c> command writes it: the layers of the
/// <see cref="MapComposition"/> drawn bottom first (shaded relief, sea-level mask, paths, markers, scale bar and
/// north arrow), then the legend in the corner where it hides the least of the paths. The same composition drives
/// the web page and its tiles, so all show the same thing.
/// </summary>
public static class MapPicture
{
    /// <summary>
    /// Draws <paramref name="view"/> over <paramref name="samples"/> (read for the same view) with
    /// <paramref name="paths"/> (possibly none, CRS coordinates of the view) and the mask for <paramref name="seaLevelMetres"/>.
    /// </summary>
    public static MapImage Compose(IMapView view, TerrainSamples samples, MapComposition map, IReadOnlyList<TerrainPath> paths, double seaLevelMetres)
    {
        var info = new SKImageInfo(view.Width, view.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Transparent);

        var legend = LegendOf(map, paths, seaLevelMetres);
        var lines = paths.Select(p => PathPainter.PixelVertices(p, view)).ToList();
        var scale = UiScale(view);
        var legendSize = LegendPainter.Measure(legend);
        legendSize = new SKSize(legendSize.Width * scale, legendSize.Height * scale);
        var legendCorner = LegendPlacement.Choose(legendSize, view.Width, view.Height, lines);
        foreach (var layer in map.Layers)
        {
            switch (layer.Id)
            {
                case MapLayerId.Relief:
                    DrawImage(canvas, ReliefPainter.Paint(samples, map));
                    break;
                case MapLayerId.SeaMask:
                    DrawImage(canvas, SeaMaskPainter.Paint(samples, seaLevelMetres, map));
                    break;
                case MapLayerId.Paths:
                    PathPainter.DrawLines(canvas, view, paths, map);
                    break;
                case MapLayerId.Markers:
                    PathPainter.DrawMarkers(canvas, view, paths, map);
                    break;
                case MapLayerId.Furniture:
                    MapFurniture.DrawNorthArrow(canvas, view.Width, view.Height, legendCorner == PictureCorner.TopRight ? PictureCorner.TopLeft : PictureCorner.TopRight, scale);
                    MapFurniture.DrawScaleBar(canvas, view, legendCorner == PictureCorner.BottomLeft ? PictureCorner.BottomRight : PictureCorner.BottomLeft, scale);
                    break;
                case MapLayerId.Footprints or MapLayerId.Animation or MapLayerId.Contours:
                    break; // the web page's own layers
            }
        }

        var box = LegendPlacement.Box(legendCorner, legendSize, view.Width, view.Height);
        canvas.Save();
        canvas.Translate(box.Left, box.Top);
        canvas.Scale(scale);
        LegendPainter.Draw(canvas, legend, map, SKPoint.Empty);
        canvas.Restore();
        canvas.Flush();
        return MapImage.FromBitmap(bitmap);
    }

    /// <summary>The corner <see cref="Compose"/> puts the legend in.</summary>
    public static PictureCorner LegendCorner(IMapView view, MapComposition map, IReadOnlyList<TerrainPath> paths, double seaLevelMetres)
    {
        var legend = LegendOf(map, paths, seaLevelMetres);
        var size = LegendPainter.Measure(legend);
        var scale = UiScale(view);
        return LegendPlacement.Choose(new SKSize(size.Width * scale, size.Height * scale), view.Width, view.Height, paths.Select(p => PathPainter.PixelVertices(p, view)).ToList());
    }

    /// <summary>
    /// How much larger than its base size the legend, scale bar and north arrow are drawn: 1 up to a 900-pixel
    /// picture, growing with the picture's longer side after that so that text stays readable when scaled down.
    /// </summary>
    public static float UiScale(IMapView view) => Math.Clamp(Math.Max(view.Width, view.Height) / 900f, 1f, 3f);

    /// <summary>The legend of the picture: the methods drawn, and the markers only when there are paths.</summary>
    private static IReadOnlyList<LegendEntry> LegendOf(MapComposition map, IReadOnlyList<TerrainPath> paths, double seaLevelMetres) =>
        map.Legend(seaLevelMetres, paths.Select(p => p.Method).Distinct())
            .Where(e => paths.Count > 0 || e.Kind != LegendKind.Marker)
            .Where(e => map.Shows(MapLayerId.SeaMask) || e.Kind != LegendKind.Area)
            .ToList();

    private static void DrawImage(SKCanvas canvas, MapImage image)
    {
        using var layer = image.ToBitmap();
        canvas.DrawBitmap(layer, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
    }
}
