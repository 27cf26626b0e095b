using TerrainDescent.Rendering.Map;

namespace TerrainDescent.Rendering;

/// <summary>
/// Shaded relief: each pixel the composition's ramp colour of its elevation times a hillshade. The shading uses the
/// engine's metric, latitude-correct slopes (the ones the walkers descend), so east–west slopes on a lat/lon grid
/// are not overstated by 1/cos(latitude) as a single degrees-to-metres scale would. Pixels off the data are transparent.
/// </summary>
public static class ReliefPainter
{
    /// <summary>The relief of <paramref name="samples"/> as RGBA pixels (unpremultiplied), row-major from the top.</summary>
    public static MapImage Paint(TerrainSamples samples, MapComposition map)
    {
        var image = new MapImage(samples.Width, samples.Height);
        var pixels = image.Pixels;
        var stops = map.Ramp.InMetres(map.MinimumMetres, map.MaximumMetres);
        for (var i = 0; i < samples.ElevationsMetres.Length; i++)
        {
            var elevation = samples.ElevationsMetres[i];
            if (float.IsNaN(elevation))
            {
                continue;
            }

            var colour = ElevationRamp.ColourAt(stops, elevation);
            var factor = Brightness(samples.EastSlopes[i], samples.NorthSlopes[i], map.Hillshade);
            pixels[i * 4] = (byte)Math.Min(255, colour.R * factor);
            pixels[i * 4 + 1] = (byte)Math.Min(255, colour.G * factor);
            pixels[i * 4 + 2] = (byte)Math.Min(255, colour.B * factor);
            pixels[i * 4 + 3] = 255;
        }

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
}
