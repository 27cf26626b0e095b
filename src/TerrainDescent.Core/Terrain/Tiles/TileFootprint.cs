namespace TerrainDescent.Core.Terrain.Tiles;

/// <summary>
/// Where one tile's samples sit on its <see cref="SampleLattice"/>: global column and row of its first (north-west)
/// sample and its size. Known from metadata alone; the samples themselves come from an <see cref="ITileSource"/>.
/// </summary>
/// <param name="Name">A name for messages, for example the file name.</param>
/// <param name="Column">Global column of the tile's western sample column.</param>
/// <param name="Row">Global row of the tile's northern sample row.</param>
/// <param name="Width">Columns.</param>
/// <param name="Height">Rows.</param>
public sealed record TileFootprint(string Name, int Column, int Row, int Width, int Height)
{
    /// <summary>Global column of the eastern sample column.</summary>
    public int LastColumn => Column + Width - 1;

    /// <summary>Global row of the southern sample row.</summary>
    public int LastRow => Row + Height - 1;

    /// <summary>Samples in the tile.</summary>
    public long SampleCount => (long)Width * Height;

    /// <summary>Whether global sample (column, row) is one of the tile's.</summary>
    public bool Contains(int column, int row) => column >= Column && column <= LastColumn && row >= Row && row <= LastRow;

    /// <summary>Whether the two tiles share a sample or sit side by side (a path can step from one to the other).</summary>
    public bool Touches(TileFootprint other) =>
        Column <= other.LastColumn + 1 && other.Column <= LastColumn + 1 && Row <= other.LastRow + 1 && other.Row <= LastRow + 1;
}
