using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Core.Tests.Terrain.Tiles;

/// <summary>
/// A grid cut into <c>columns × rows</c> tiles of near-equal size that share their edge rows and columns, as
/// neighbouring SRTM tiles do, served from memory, so a test can compare a tiled algorithm with the whole grid.
/// </summary>
internal sealed class GridCut : ITileSource
{
    private readonly ElevationGrid _grid;
    private readonly int _column0;
    private readonly int _row0;
    private readonly TileFootprint[] _footprints;

    public GridCut(ElevationGrid grid, int columns, int rows, long cacheBytes = 1L << 30)
    {
        _grid = grid;
        Whole = new TerrainSurface(grid);
        var whole = Whole.Index.Tiles[0];
        (_column0, _row0) = (whole.Column, whole.Row);

        // Cut lines at multiples of (size − 1) / parts; tile k spans cut k to cut k + 1, both included.
        int Cut(int size, int parts, int k) => k * (size - 1) / parts;
        _footprints = new TileFootprint[columns * rows];
        for (var j = 0; j < rows; j++)
        {
            for (var i = 0; i < columns; i++)
            {
                var (left, right) = (Cut(grid.Width, columns, i), Cut(grid.Width, columns, i + 1));
                var (top, bottom) = (Cut(grid.Height, rows, j), Cut(grid.Height, rows, j + 1));
                _footprints[j * columns + i] = new TileFootprint($"tile {i},{j}", _column0 + left, _row0 + top, right - left + 1, bottom - top + 1);
            }
        }

        Surface = new TerrainSurface(new TileIndex(Whole.Lattice, _footprints), this, new TileCache(cacheBytes));
    }

    /// <summary>The whole grid as one surface, on the same lattice.</summary>
    public TerrainSurface Whole { get; }

    /// <summary>The tiles as one surface.</summary>
    public TerrainSurface Surface { get; }

    /// <summary>Grid index (row-major over the whole grid) of global sample (column, row).</summary>
    public int GridIndexOf(int column, int row) => (row - _row0) * _grid.Width + (column - _column0);

    /// <inheritdoc />
    public float[] Read(int tileIndex, float[]? recycled)
    {
        var tile = _footprints[tileIndex];
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
}
