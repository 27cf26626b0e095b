using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Imaging;
using TerrainDescent.Web.Map;

namespace TerrainDescent.Web.Rendering;

/// <summary>
/// Shaded relief: GDAL's colour relief of the elevations with the composition's ramp, multiplied by a hillshade.
/// The shading uses the engine's metric, latitude-correct slopes (the ones the walkers descend), so east–west
/// slopes on a lat/lon grid are not overstated by 1/cos(latitude) as a single degrees-to-metres scale would.
/// </summary>
public static class ReliefRenderer
{
    /// <summary>Renders the relief of the raster at <paramref name="gdalPath"/>, whose samples are <paramref name="grid"/>.</summary>
    public static RgbaImage Render(string gdalPath, ElevationGrid grid, MapComposition map, ImageFrame frame)
    {
        var table = map.Ramp.ToGdalColourTable(map.MinimumMetres, map.MaximumMetres);
        var image = ColourRelief.Render(gdalPath, table, frame.Width, frame.Height);
        Shade(image, grid, map.Hillshade, frame);
        return image;
    }

    /// <summary>
    /// The brightness factor of a slope: Lambert's cosine law, n·l with the upward normal (−p, −q, 1)/|…| of the
    /// surface (p = ∂z/∂east, q = ∂z/∂north, both × z-factor) and the unit vector towards the light, divided by the
    /// value on flat ground so that flat ground keeps its ramp colour, then blended by the style's strength.
    /// </summary>
    public static double Brightness(double eastSlope, double northSlope, HillshadeStyle style)
    {
        if (!double.IsFinite(eastSlope) || !double.IsFinite(northSlope))
        {
            return 1.0;
        }

        var azimuth = style.AzimuthDegrees * Math.PI / 180;
        var altitude = style.AltitudeDegrees * Math.PI / 180;
        var p = eastSlope * style.ZFactor;
        var q = northSlope * style.ZFactor;
        var lightEast = Math.Sin(azimuth) * Math.Cos(altitude);
        var lightNorth = Math.Cos(azimuth) * Math.Cos(altitude);
        var lightUp = Math.Sin(altitude);
        var lambert = Math.Max(0, (-p * lightEast - q * lightNorth + lightUp) / Math.Sqrt(1 + p * p + q * q));
        return Math.Clamp(1 + style.Strength * (lambert / lightUp - 1), 0.15, 1.4);
    }

    private static void Shade(RgbaImage image, ElevationGrid grid, HillshadeStyle style, ImageFrame frame)
    {
        var slopes = GradientField.Compute(grid);
        var east = slopes.EastSlopes;
        var north = slopes.NorthSlopes;
        var width = grid.Width;
        var pixels = image.Pixels;
        Parallel.For(0, frame.Height, y =>
        {
            for (var x = 0; x < frame.Width; x++)
            {
                var (row, column) = frame.SampleAt(x, y);
                var factor = Brightness(east[row * width + column], north[row * width + column], style);
                var i = (y * frame.Width + x) * 4;
                pixels[i] = (byte)Math.Min(255, pixels[i] * factor);
                pixels[i + 1] = (byte)Math.Min(255, pixels[i + 1] * factor);
                pixels[i + 2] = (byte)Math.Min(255, pixels[i + 2] * factor);
            }
        });
    }
}
