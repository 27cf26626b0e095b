using TerrainDescent.Gdal.Imaging;
using TerrainDescent.Web.Map;

namespace TerrainDescent.Web.Rendering;

/// <summary>
/// The sea-level mask: every pixel whose sample lies below the threshold gets the composition's mask colour,
/// everything else (voids included) stays transparent, so the layer can lie over the relief.
/// </summary>
public static class SeaMaskRenderer
{
    /// <summary>The mask of <paramref name="frame"/>'s grid for a threshold of <paramref name="seaLevelMetres"/>.</summary>
    public static RgbaImage Render(ImageFrame frame, double seaLevelMetres, MapComposition map)
    {
        var image = new RgbaImage(frame.Width, frame.Height);
        var colour = map.SeaMaskColour;
        var grid = frame.Grid;
        var pixels = image.Pixels;
        for (var y = 0; y < frame.Height; y++)
        {
            for (var x = 0; x < frame.Width; x++)
            {
                var (row, column) = frame.SampleAt(x, y);
                if (grid[row, column] < seaLevelMetres)
                {
                    var i = (y * frame.Width + x) * 4;
                    pixels[i] = colour.R;
                    pixels[i + 1] = colour.G;
                    pixels[i + 2] = colour.B;
                    pixels[i + 3] = colour.A;
                }
            }
        }

        return image;
    }

    /// <summary>How many pixels of <paramref name="mask"/> are tinted (alpha above zero).</summary>
    public static int TintedPixels(RgbaImage mask)
    {
        var count = 0;
        for (var i = 3; i < mask.Pixels.Length; i += 4)
        {
            count += mask.Pixels[i] > 0 ? 1 : 0;
        }

        return count;
    }
}
