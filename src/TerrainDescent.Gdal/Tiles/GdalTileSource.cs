using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Gdal.Tiles;

/// <summary>
/// Decodes catalogued tiles with GDAL when the cache asks for them: each read opens the file, reads band 1 as
/// float32 metres (voids as NaN) and closes it, so reads from several threads never share a GDAL dataset.
/// </summary>
public sealed class GdalTileSource(IReadOnlyList<TileInfo> tiles) : ITileSource
{
    /// <inheritdoc />
    public float[] Read(int tileIndex, float[]? recycled)
    {
        var tile = tiles[tileIndex];
        return RasterReader.ReadSamples(tile.GdalPath, tile.UserPath, tile.Width, tile.Height, recycled);
    }
}
