using TerrainDescent.Rendering.Map;

namespace TerrainDescent.Rendering;

/// <summary>
/// The sea-level mask: every pixel whose elevation lies below the threshold gets the composition's mask colour,
/// everything else (voids included) stays transparent, so the layer can lie over the relief.
/// </summary>
public static class SeaMaskPainter
{
    /// <summary>The mask of <paramref name="samples"/> for a threshold of <paramref name="seaLevelMetres"/>.</summary>
    public static MapImage Paint(TerrainSamples samples, double seaLevelMetres, MapComposition map)
    {
        var image = new MapImage(samples.Width, samples.Height);
        var pixels = image.Pixels;
        var colour = map.SeaMaskColour;
        for (var i = 0; i < samples.ElevationsMetres.Length; i++)
        {
            if (samples.ElevationsMetres[i] < seaLevelMetres)
            {
                (pixels[i * 4], pixels[i * 4 + 1], pixels[i * 4 + 2], pixels[i * 4 + 3]) = (colour.R, colour.G, colour.B, colour.A);
            }
        }

        return image;
    }
}
