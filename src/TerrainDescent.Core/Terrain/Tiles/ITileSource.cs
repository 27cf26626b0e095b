namespace TerrainDescent.Core.Terrain.Tiles;

/// <summary>Decodes the samples of the tiles of one <see cref="TileIndex"/>; an adapter (GDAL) implements it.</summary>
public interface ITileSource
{
    /// <summary>
    /// The elevations in metres of tile <paramref name="tileIndex"/> (its position in <see cref="TileIndex.Tiles"/>),
    /// row-major from the northern row, Width × Height values, voids as NaN. Called from any thread; each call
    /// returns an array that the caller owns: <paramref name="recycled"/>, overwritten, when it is given and has the
    /// right length (the cache hands back the array of an evicted tile, so decoding tile after tile does not churn
    /// the heap), otherwise a new one.
    /// </summary>
    float[] Read(int tileIndex, float[]? recycled);
}
