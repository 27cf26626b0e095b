using TerrainDescent.Rendering;

namespace TerrainDescent.Web.Rendering;

/// <summary>
/// The map's XYZ tiles (256 × 256 pixels, Web Mercator, z/x/y as OpenStreetMap numbers them) as PNG, drawn on
/// demand from the tile cache by the rendering library: shaded relief and the sea-level mask. Each pixel samples
/// the finest layer with data there; pixels off the data are transparent.
/// </summary>
/// <remarks>
/// Drawing a tile reads the terrain tiles under it, so a view far coarser than the data (a pixel wider than
/// <see cref="MaxSamplesPerPixel"/> samples) is left empty: the page shows the tiles' footprints there, and the cache
/// is never filled by a whole-country view.
/// </remarks>
public sealed class MapTileRenderer(TerrainScene scene)
{
    /// <summary>The deepest zoom served.</summary>
    public const int MaxZoom = WebMercatorTileView.MaxZoom;

    /// <summary>Relief and mask are drawn only where one pixel spans at most this many samples.</summary>
    public const double MaxSamplesPerPixel = 16;

    /// <summary>Whether tile (z, x, y) exists on the XYZ grid.</summary>
    public static bool IsValid(int z, int x, int y) => WebMercatorTileView.IsValid(z, x, y);

    /// <summary>The PNG of the shaded relief of tile (z, x, y).</summary>
    public byte[] Relief(int z, int x, int y) => Draw(z, x, y, true, (samples) => ReliefPainter.Paint(samples, scene.Composition));

    /// <summary>The PNG of the sea-level mask of tile (z, x, y): pixels below <paramref name="seaLevelMetres"/> tinted.</summary>
    public byte[] SeaMask(int z, int x, int y, double seaLevelMetres) =>
        Draw(z, x, y, false, samples => SeaMaskPainter.Paint(samples, seaLevelMetres, scene.Composition));

    /// <summary>Whether tile (z, x, y) is fine enough to be drawn (see <see cref="MaxSamplesPerPixel"/>).</summary>
    public bool IsDrawn(int z, int x, int y)
    {
        var finest = scene.Terrain.Layers.Min(l => l.ResolutionMetres);
        return new WebMercatorTileView(z, x, y).MetresPerPixel <= MaxSamplesPerPixel * finest;
    }

    private byte[] Draw(int z, int x, int y, bool withSlopes, Func<TerrainSamples, MapImage> paint)
    {
        var view = new WebMercatorTileView(z, x, y);
        var bounds = view.Bounds;
        var layers = IsDrawn(z, x, y)
            ? scene.Terrain.Layers
                .Where(l => l.Tiles.Any(t => t.West <= bounds.East && t.East >= bounds.West && t.South <= bounds.North && t.North >= bounds.South))
                .Select(l => l.Surface)
                .ToArray()
            : [];
        if (layers.Length == 0)
        {
            return new MapImage(view.Width, view.Height).EncodePng();
        }

        return paint(TerrainSamples.Read(view, layers, withSlopes)).EncodePng();
    }
}
