using TerrainDescent.Core.Terrain.Tiles;
using TerrainDescent.Gdal.Imaging;
using TerrainDescent.Web.Map;

namespace TerrainDescent.Web.Rendering;

/// <summary>
/// The map's XYZ tiles (256 × 256 pixels, Web Mercator, z/x/y as OpenStreetMap numbers them), drawn on demand from
/// the tile cache: shaded relief (the ramp colour times the hillshade of the engine's metric slope at each pixel)
/// and the sea-level mask. Each pixel samples the finest layer with data there; pixels off the data are transparent.
/// </summary>
/// <remarks>
/// Drawing a tile reads the terrain tiles under it, so a view far coarser than the data (a pixel wider than
/// <see cref="MaxSamplesPerPixel"/> samples) is left empty: the page shows the tiles' footprints there, and the cache
/// is never filled by a whole-country view.
/// </remarks>
public sealed class MapTileRenderer(TerrainScene scene)
{
    /// <summary>Pixels per side of a tile.</summary>
    public const int TileSizePixels = 256;

    /// <summary>The deepest zoom served.</summary>
    public const int MaxZoom = 18;

    /// <summary>Relief and mask are drawn only where one pixel spans at most this many samples.</summary>
    public const double MaxSamplesPerPixel = 16;

    private const double EarthCircumferenceMetres = 40_075_016.686;

    /// <summary>Whether tile (z, x, y) exists on the XYZ grid.</summary>
    public static bool IsValid(int z, int x, int y) => z >= 0 && z <= MaxZoom && x >= 0 && y >= 0 && x < 1 << z && y < 1 << z;

    /// <summary>The shaded relief of tile (z, x, y).</summary>
    public RgbaImage Relief(int z, int x, int y) => Draw(z, x, y, (reader, u, v, elevation, pixels, i) =>
    {
        var (east, north) = reader.GradientAt(u, v);
        var map = scene.Composition;
        var colour = map.Ramp.ColourAt(elevation, map.MinimumMetres, map.MaximumMetres);
        var factor = ReliefRenderer.Brightness(east, north, map.Hillshade);
        pixels[i] = (byte)Math.Min(255, colour.R * factor);
        pixels[i + 1] = (byte)Math.Min(255, colour.G * factor);
        pixels[i + 2] = (byte)Math.Min(255, colour.B * factor);
        pixels[i + 3] = 255;
    });

    /// <summary>The sea-level mask of tile (z, x, y): pixels below <paramref name="seaLevelMetres"/> tinted.</summary>
    public RgbaImage SeaMask(int z, int x, int y, double seaLevelMetres) => Draw(z, x, y, (reader, u, v, elevation, pixels, i) =>
    {
        if (elevation < seaLevelMetres)
        {
            var colour = scene.Composition.SeaMaskColour;
            (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]) = (colour.R, colour.G, colour.B, colour.A);
        }
    });

    /// <summary>Whether tile (z, x, y) is fine enough to be drawn (see <see cref="MaxSamplesPerPixel"/>).</summary>
    public bool IsDrawn(int z, int x, int y)
    {
        var latitude = Latitude(z, y + 0.5);
        var pixelMetres = EarthCircumferenceMetres * Math.Cos(latitude * Math.PI / 180) / ((1 << z) * (double)TileSizePixels);
        var finest = scene.Terrain.Layers.Min(l => l.ResolutionMetres);
        return pixelMetres <= MaxSamplesPerPixel * finest;
    }

    private delegate void PixelPainter(SurfaceReader reader, double u, double v, double elevation, byte[] pixels, int index);

    private RgbaImage Draw(int z, int x, int y, PixelPainter paint)
    {
        var image = new RgbaImage(TileSizePixels, TileSizePixels);
        if (!IsDrawn(z, x, y))
        {
            return image;
        }

        var (west, east) = (Longitude(z, x), Longitude(z, x + 1));
        var (north, south) = (Latitude(z, y), Latitude(z, y + 1));
        var layers = scene.Terrain.Layers
            .Where(l => scene.Footprints.Count > 0 && l.Tiles.Any(t => t.West <= east && t.East >= west && t.South <= north && t.North >= south))
            .ToArray();
        if (layers.Length == 0)
        {
            return image;
        }

        var pixels = image.Pixels;
        Parallel.For(0, TileSizePixels, new ParallelOptions { MaxDegreeOfParallelism = 2 }, py =>
        {
            var readers = layers.Select(l => l.Surface.OpenReader()).ToArray();
            try
            {
                var latitude = Latitude(z, y + (py + 0.5) / TileSizePixels);
                for (var px = 0; px < TileSizePixels; px++)
                {
                    var longitude = Longitude(z, x + (px + 0.5) / TileSizePixels);
                    for (var l = 0; l < layers.Length; l++)
                    {
                        var lattice = layers[l].Surface.Lattice;
                        var (u, v) = (lattice.UOf(longitude), lattice.VOf(latitude));
                        var elevation = readers[l].ElevationAt(u, v);
                        if (!double.IsNaN(elevation))
                        {
                            paint(readers[l], u, v, elevation, pixels, (py * TileSizePixels + px) * 4);
                            break;
                        }
                    }
                }
            }
            finally
            {
                foreach (var reader in readers)
                {
                    reader.Dispose();
                }
            }
        });

        return image;
    }

    /// <summary>Longitude of the western edge of fractional XYZ column <paramref name="x"/> at zoom <paramref name="z"/>.</summary>
    private static double Longitude(int z, double x) => x / (1 << z) * 360.0 - 180.0;

    /// <summary>Latitude of the northern edge of fractional XYZ row <paramref name="y"/> (inverse Web Mercator).</summary>
    private static double Latitude(int z, double y) => Math.Atan(Math.Sinh(Math.PI * (1 - 2 * y / (1 << z)))) * 180.0 / Math.PI;
}
