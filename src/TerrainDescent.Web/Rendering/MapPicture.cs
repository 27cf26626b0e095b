using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Imaging;
using TerrainDescent.Web.Map;

namespace TerrainDescent.Web.Rendering;

/// <summary>
/// The static picture of the map, as the <c>render</c> command writes it: the layers of the
/// <see cref="MapComposition"/> painted bottom first (shaded relief, sea-level mask, paths and markers), then the
/// legend. The same composition drives the web page, so the two show the same thing.
/// </summary>
public static class MapPicture
{
    /// <summary>
    /// Composes the picture of the raster at <paramref name="gdalPath"/> (whose samples are <paramref name="grid"/>)
    /// in <paramref name="frame"/> with <paramref name="paths"/> (possibly none) and the mask for <paramref name="seaLevelMetres"/>.
    /// </summary>
    public static RgbaImage Compose(string gdalPath, ElevationGrid grid, MapComposition map, ImageFrame frame, IReadOnlyList<TerrainPath> paths, double seaLevelMetres)
    {
        var image = new RgbaImage(frame.Width, frame.Height);
        foreach (var layer in map.Layers)
        {
            switch (layer.Id)
            {
                case "relief":
                    image.Overlay(ReliefRenderer.Render(gdalPath, grid, map, frame));
                    break;
                case "sea-mask":
                    image.Overlay(SeaMaskRenderer.Render(frame, seaLevelMetres, map));
                    break;
                case "paths":
                    PathPainter.PaintLines(image, frame, paths, map);
                    break;
                case "markers":
                    PathPainter.PaintMarkers(image, frame, paths, map);
                    break;
            }
        }

        var methods = paths.Count > 0 ? paths.Select(p => p.Method).Distinct() : null;
        LegendPainter.Paint(image, map.Legend(seaLevelMetres, methods), map.StartMarker);
        return image;
    }
}
