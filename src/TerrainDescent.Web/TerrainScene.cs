using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Terrain.Tiles;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.Rendering.Map;
using TerrainDescent.Web.Peaks;

namespace TerrainDescent.Web;

/// <summary>
/// The terrain a map server serves: any number of lon/lat tiles as surfaces over one tile cache (no sample is read
/// to open it), the footprints of the tiles, the map composition and the summits. Thread-safe.
/// </summary>
public sealed class TerrainScene
{
    /// <summary>
    /// The ramp's range: fractions of the ramp are placed on 0 m .. this, so every XYZ tile shares one legend
    /// without reading every tile first.
    /// </summary>
    public const double RampTopMetres = 1000;

    /// <summary>Creates the scene over <paramref name="terrain"/>, whose layers must all be geographic.</summary>
    public TerrainScene(TiledTerrain terrain)
    {
        if (terrain.Layers.Any(l => l.Surface.Kind != CoordinateKind.Geographic))
        {
            var projected = terrain.Layers.First(l => l.Surface.Kind != CoordinateKind.Geographic);
            throw new ArgumentException($"{projected.Tiles[0].Name} is in a projected CRS; the map needs lon/lat (warp it with gdalwarp -t_srs EPSG:4326)");
        }

        Terrain = terrain;
        Composition = new MapComposition(DescentMethods.Names, 0, RampTopMetres);
        Footprints = terrain.Layers.SelectMany(l => l.Tiles).Select(t => new TileBounds(t.Name, t.West, t.South, t.East, t.North)).ToArray();
        Peaks = new PeakCatalogue(terrain, NamedSummits.Read(NamedSummits.DefaultFolder));
    }

    /// <summary>The summits for the peaks layer and the go-to box, found on first use.</summary>
    public PeakCatalogue Peaks { get; }

    /// <summary>The tiles as surfaces, finest first.</summary>
    public TiledTerrain Terrain { get; }

    /// <summary>A name for people: the tile's name, or the first one's and how many more.</summary>
    public string Name => Terrain.Name;

    /// <summary>What the map shows and how.</summary>
    public MapComposition Composition { get; }

    /// <summary>The outer cell edges of every tile, in lon/lat.</summary>
    public IReadOnlyList<TileBounds> Footprints { get; }

    /// <summary>The outer edges of all the tiles together, in lon/lat.</summary>
    public TileBounds Extent => new(
        Name, Footprints.Min(f => f.West), Footprints.Min(f => f.South), Footprints.Max(f => f.East), Footprints.Max(f => f.North));

    /// <summary>Opens the tiles at <paramref name="paths"/> (files or folders) over a cache of <paramref name="cacheMegabytes"/> MiB.</summary>
    public static TerrainScene Open(IReadOnlyList<string> paths, int cacheMegabytes = TileCache.DefaultMegabytes) =>
        new(TiledTerrain.Open(TileCatalog.Read(paths), TileCache.OfMegabytes(cacheMegabytes)));

    /// <summary>A descender on the finest layer with data at a lon/lat position; throws <see cref="ArgumentException"/> off every tile.</summary>
    public TerrainDescender DescenderAt(double longitude, double latitude) =>
        new((Terrain.Pick(longitude, latitude) ?? throw new ArgumentException("the position is off every tile")).Layer.Surface);

    /// <summary>
    /// The elevation at a lon/lat position on the finest layer that has data there; NaN off every tile or in a void.
    /// </summary>
    public double ElevationAt(double longitude, double latitude)
    {
        var pick = Terrain.Pick(longitude, latitude);
        return pick is { } p ? p.Layer.Surface.ElevationAtCrs(p.X, p.Y) : double.NaN;
    }
}
