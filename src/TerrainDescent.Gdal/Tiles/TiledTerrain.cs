using System.Globalization;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Gdal.Tiles;

/// <summary>
/// Any number of catalogued tiles as surfaces, one per CRS and sample lattice, all decoded on demand into one
/// <see cref="TileCache"/>. Built from metadata only: opening a folder of 10,000 tiles reads no sample.
/// </summary>
/// <remarks>
/// The rule for mixed inputs: tiles whose samples lie on one global lattice (same CRS, spacing and phase; SRTM1,
/// SRTM3 and each Copernicus width band are each one) form one surface. Where surfaces overlap the finest wins: a
/// start is descended on the finest surface that has data there, and its path stays on that surface (leaving it is
/// leaving the data). .hgt, .hgt.zip and GeoTIFF tiles mix freely.
/// </remarks>
public sealed class TiledTerrain : IDisposable
{
    private TiledTerrain(IReadOnlyList<TerrainLayer> layers, TileCache cache)
    {
        Layers = layers;
        Cache = cache;
    }

    /// <summary>The surfaces, finest first.</summary>
    public IReadOnlyList<TerrainLayer> Layers { get; }

    /// <summary>The cache every layer decodes into.</summary>
    public TileCache Cache { get; }

    /// <summary>How many tiles there are in all.</summary>
    public int TileCount => Layers.Sum(l => l.Tiles.Count);

    /// <summary>A name for messages: the only tile's name, or the first one's and how many more.</summary>
    public string Name
    {
        get
        {
            var first = Layers[0].Tiles[0].Name;
            return TileCount == 1 ? first : string.Create(CultureInfo.InvariantCulture, $"{first} + {TileCount - 1} more");
        }
    }

    /// <summary>
    /// Groups <paramref name="tiles"/> into surfaces over <paramref name="cache"/>. Throws <see cref="GdalException"/>
    /// with one line when two tiles of one lattice overlap by more than a shared edge.
    /// </summary>
    public static TiledTerrain Open(IReadOnlyList<TileInfo> tiles, TileCache cache, MissingTiles missing = MissingTiles.EdgeOfData)
    {
        var groups = new List<(SampleAxis X, SampleAxis Y, TileInfo First, List<(TileInfo Tile, int Column, int Row)> Members)>();
        foreach (var tile in tiles)
        {
            var (axisX, column) = SampleAxis.Through(tile.Transform.X(0.5), tile.Transform.PixelWidth);
            var (axisY, row) = SampleAxis.Through(-tile.Transform.Y(0.5), -tile.Transform.PixelHeight);
            var group = groups.FindIndex(g => g.First.Kind == tile.Kind && g.X.SameLattice(axisX) && g.Y.SameLattice(axisY)
                && string.Equals(g.First.CrsWkt, tile.CrsWkt, StringComparison.Ordinal));
            if (group < 0)
            {
                groups.Add((axisX, axisY, tile, []));
                group = groups.Count - 1;
            }

            groups[group].Members.Add((tile, column, row));
        }

        var layers = new List<TerrainLayer>();
        foreach (var (axisX, axisY, first, members) in groups)
        {
            var lattice = new SampleLattice(first.Kind, axisX, axisY, members.Min(m => m.Row), members.Max(m => m.Row + m.Tile.Height - 1));
            var footprints = members.Select(m => new TileFootprint(m.Tile.Name, m.Column, m.Row, m.Tile.Width, m.Tile.Height)).ToArray();
            TileIndex index;
            try
            {
                index = new TileIndex(lattice, footprints);
            }
            catch (ArgumentException e)
            {
                throw new GdalException(e.Message);
            }

            var memberTiles = members.Select(m => m.Tile).ToArray();
            layers.Add(new TerrainLayer(new TerrainSurface(index, new GdalTileSource(memberTiles), cache, missing), first.CrsWkt, memberTiles));
        }

        return new TiledTerrain(layers.OrderBy(l => l.ResolutionMetres).ToArray(), cache);
    }

    /// <summary>
    /// The layer to descend a WGS84 start on, with the start in its CRS: the finest layer with valid data there, else
    /// the finest that holds the position at all (in a void), else null (off every tile).
    /// </summary>
    public (TerrainLayer Layer, double X, double Y)? Pick(double longitude, double latitude)
    {
        (TerrainLayer, double, double)? onData = null;
        foreach (var layer in Layers)
        {
            double x, y;
            try
            {
                (x, y) = layer.FromLonLat(longitude, latitude);
            }
            catch (GdalException)
            {
                continue; // the position has no place in this CRS
            }

            if (!layer.Surface.IsOnData(x, y))
            {
                continue;
            }

            if (!double.IsNaN(layer.Surface.ElevationAtCrs(x, y)))
            {
                return (layer, x, y);
            }

            onData ??= (layer, x, y);
        }

        return onData;
    }

    /// <summary>
    /// From metadata only (no sample is read): the number of the tile owning the sample nearest to a WGS84 position
    /// on the finest layer that holds one, or −1 off every tile. Tiles are numbered through the layers in order,
    /// finest first, and in index order within a layer: the same number on every machine given the same inputs.
    /// </summary>
    public int TileAt(double longitude, double latitude)
    {
        var first = 0;
        foreach (var layer in Layers)
        {
            try
            {
                var (x, y) = layer.FromLonLat(longitude, latitude);
                var (u, v) = (layer.Surface.Lattice.UOf(x), layer.Surface.Lattice.VOf(y));
                var owner = Math.Abs(u) < 1e9 && Math.Abs(v) < 1e9 ? layer.Surface.Index.OwnerOf((int)Math.Round(u), (int)Math.Round(v)) : -1;
                if (owner >= 0)
                {
                    return first + owner;
                }
            }
            catch (GdalException)
            {
                // the position has no place in this CRS
            }

            first += layer.Tiles.Count;
        }

        return -1;
    }

    /// <summary>WGS84 longitude and latitude in degrees of the middle of tile <paramref name="tile"/> (numbered as by <see cref="TileAt"/>).</summary>
    public (double Longitude, double Latitude) TileCentre(int tile)
    {
        foreach (var layer in Layers)
        {
            if (tile < layer.Tiles.Count)
            {
                var footprint = layer.Surface.Index.Tiles[tile];
                var lattice = layer.Surface.Lattice;
                return layer.ToLonLat(lattice.XOf(footprint.Column + (footprint.Width - 1) / 2.0), lattice.YOf(footprint.Row + (footprint.Height - 1) / 2.0));
            }

            tile -= layer.Tiles.Count;
        }

        throw new ArgumentOutOfRangeException(nameof(tile));
    }

    /// <summary>The span of every layer, for messages.</summary>
    public string DescribeBounds() => string.Join("; ", Layers.Select(l => l.Surface.DescribeBounds()));

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var layer in Layers)
        {
            layer.Dispose();
        }
    }
}
