using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Core.Tests.Terrain.Tiles;

/// <summary>
/// A grid cut into 2 × 2 quarter tiles that share their middle row and column, as neighbouring SRTM tiles do,
/// served from memory and counted, so a test can compare the tiled surface with the whole grid.
/// </summary>
internal sealed class QuarterTiles : ITileSource
{
    private readonly ElevationGrid _grid;
    private readonly int _column0;
    private readonly int _row0;
    private int _reads;

    public QuarterTiles(ElevationGrid grid)
    {
        _grid = grid;
        Whole = new TerrainSurface(grid);
        var whole = Whole.Index.Tiles[0];
        (_column0, _row0) = (whole.Column, whole.Row);
        var middleColumn = grid.Width / 2;
        var middleRow = grid.Height / 2;
        Footprints =
        [
            new("north-west", _column0, _row0, middleColumn + 1, middleRow + 1),
            new("north-east", _column0 + middleColumn, _row0, grid.Width - middleColumn, middleRow + 1),
            new("south-west", _column0, _row0 + middleRow, middleColumn + 1, grid.Height - middleRow),
            new("south-east", _column0 + middleColumn, _row0 + middleRow, grid.Width - middleColumn, grid.Height - middleRow),
        ];
    }

    /// <summary>The whole grid as one surface, on the same lattice.</summary>
    public TerrainSurface Whole { get; }

    /// <summary>The four quarters.</summary>
    public IReadOnlyList<TileFootprint> Footprints { get; }

    /// <summary>How many times a quarter was decoded.</summary>
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>The quarters as one tiled surface over a cache of <paramref name="cacheBytes"/>.</summary>
    public TerrainSurface Surface(long cacheBytes, MissingTiles missing = MissingTiles.EdgeOfData, int leaveOut = -1)
    {
        var kept = Footprints.Where((_, i) => i != leaveOut).ToArray();
        return new TerrainSurface(new TileIndex(Whole.Lattice, kept), new Subset(this, kept), new TileCache(cacheBytes), missing);
    }

    /// <inheritdoc />
    public float[] Read(int tileIndex, float[]? recycled) => Cut(Footprints[tileIndex]);

    private float[] Cut(TileFootprint tile)
    {
        Interlocked.Increment(ref _reads);
        var samples = new float[tile.Width * tile.Height];
        for (var row = 0; row < tile.Height; row++)
        {
            for (var column = 0; column < tile.Width; column++)
            {
                samples[row * tile.Width + column] = _grid[tile.Row - _row0 + row, tile.Column - _column0 + column];
            }
        }

        return samples;
    }

    private sealed class Subset(QuarterTiles owner, IReadOnlyList<TileFootprint> tiles) : ITileSource
    {
        public float[] Read(int tileIndex, float[]? recycled) => owner.Cut(tiles[tileIndex]);
    }
}
