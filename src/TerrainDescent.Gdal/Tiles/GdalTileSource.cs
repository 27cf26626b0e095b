using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Gdal.Tiles;

/// <summary>
/// Decodes catalogued tiles when the cache asks for them, plain SRTM .hgt files directly (<see cref="HgtTiles"/>) and the
/// rest with GDAL: each read opens the file, reads band 1 as
/// float32 metres (voids as NaN) and closes it, so reads from several threads never share a GDAL dataset.
/// </summary>
public sealed class GdalTileSource(IReadOnlyList<TileInfo> tiles) : ITileSource
{
    /// <inheritdoc />
    public float[] Read(int tileIndex, float[]? recycled)
    {
        var tile = tiles[tileIndex];
        return tile.ReadsDirectly
            ? HgtTiles.Read(tile.GdalPath, tile.UserPath, tile.Width, tile.Height, recycled)
            : RasterReader.ReadSamples(tile.GdalPath, tile.UserPath, tile.Width, tile.Height, recycled);
    }
}
