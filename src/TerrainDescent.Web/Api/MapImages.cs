using System.Collections.Concurrent;
using TerrainDescent.Gdal.Imaging;
using TerrainDescent.Web.Rendering;

namespace TerrainDescent.Web.Api;

/// <summary>
/// The map's server-rendered images as PNG, made once and kept in memory: the shaded relief, and the sea-level
/// mask per threshold (a bounded cache, so a sweep of thresholds cannot grow it without limit). Thread-safe.
/// </summary>
public sealed class MapImages
{
    /// <summary>The longest side of the web map's images, pixels; larger grids are sampled down to it.</summary>
    public const int MaxSidePixels = 2048;

    private const int MaskCacheEntries = 64;
    private readonly TerrainScene _scene;
    private readonly Lazy<byte[]> _relief;
    private readonly ConcurrentDictionary<double, Lazy<byte[]>> _masks = new();

    /// <summary>Prepares the images of <paramref name="scene"/>; nothing is rendered until first asked for.</summary>
    public MapImages(TerrainScene scene)
    {
        _scene = scene;
        Frame = ImageFrame.GridShaped(scene.Grid, MaxSidePixels);
        _relief = new Lazy<byte[]>(() => PngCodec.Encode(ReliefRenderer.Render(scene.GdalPath, scene.Surface, scene.Composition, Frame)));
    }

    /// <summary>The frame of every image: the grid's own pixel shape, covering its outer cell edges.</summary>
    public ImageFrame Frame { get; }

    /// <summary>The shaded relief PNG.</summary>
    public byte[] Relief => _relief.Value;

    /// <summary>The PNG of the cells below <paramref name="seaLevelMetres"/>, tinted.</summary>
    public byte[] SeaMask(double seaLevelMetres)
    {
        if (_masks.Count >= MaskCacheEntries)
        {
            _masks.Clear();
        }

        var entry = _masks.GetOrAdd(seaLevelMetres, level => new Lazy<byte[]>(
            () => PngCodec.Encode(SeaMaskRenderer.Render(Frame, level, _scene.Composition))));
        return entry.Value;
    }
}
