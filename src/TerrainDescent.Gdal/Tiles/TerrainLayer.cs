using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Gdal.Tiles;

/// <summary>
/// One surface of a <see cref="TiledTerrain"/>: the tiles sharing one CRS and one sample lattice, with conversions
/// between its CRS and WGS84 longitude/latitude. Thread-safe (projected conversions take a lock).
/// </summary>
public sealed class TerrainLayer : IDisposable
{
    private readonly Wgs84Transformer _transformer;
    private readonly object _gate = new();

    internal TerrainLayer(TerrainSurface surface, string crsWkt, IReadOnlyList<TileInfo> tiles)
    {
        Surface = surface;
        CrsWkt = crsWkt;
        Tiles = tiles;
        _transformer = Wgs84Transformer.For(crsWkt, surface.Kind, surface.Name);
    }

    /// <summary>The surface over the layer's tiles.</summary>
    public TerrainSurface Surface { get; }

    /// <summary>The CRS as WKT.</summary>
    public string CrsWkt { get; }

    /// <summary>The tiles, in index order (tile i of <see cref="TerrainSurface.Index"/> is Tiles[i]).</summary>
    public IReadOnlyList<TileInfo> Tiles { get; }

    /// <summary>Ground metres between neighbouring samples north–south, in the middle of the data: what "finest" compares.</summary>
    public double ResolutionMetres
    {
        get
        {
            var tiles = Surface.Index.Tiles;
            var middleRow = (int)((tiles.Min(t => (long)t.Row) + tiles.Max(t => (long)t.LastRow)) / 2);
            return Surface.Lattice.MetresPerSampleNorth(middleRow);
        }
    }

    /// <summary>The name of the tile holding the sample nearest to CRS position (x, y), or the layer's name.</summary>
    public string TileNameAt(double x, double y)
    {
        var lattice = Surface.Lattice;
        var u = lattice.UOf(x);
        var v = lattice.VOf(y);
        var owner = Math.Abs(u) < 1e9 && Math.Abs(v) < 1e9 ? Surface.Index.OwnerOf((int)Math.Round(u), (int)Math.Round(v)) : -1;
        return owner >= 0 ? Tiles[owner].Name : Surface.Name;
    }

    /// <summary>WGS84 longitude, latitude of a CRS position.</summary>
    public (double Longitude, double Latitude) ToLonLat(double x, double y)
    {
        if (Surface.Kind == CoordinateKind.Geographic)
        {
            return (x, y);
        }

        lock (_gate)
        {
            return _transformer.ToLonLat(x, y);
        }
    }

    /// <summary>The CRS position of WGS84 longitude, latitude; throws <see cref="GdalException"/> where it has none.</summary>
    public (double X, double Y) FromLonLat(double longitude, double latitude)
    {
        if (Surface.Kind == CoordinateKind.Geographic)
        {
            return (longitude, latitude);
        }

        lock (_gate)
        {
            return _transformer.FromLonLat(longitude, latitude);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _transformer.Dispose();
}
