namespace TerrainDescent.Core.Water;

/// <summary>Row and column steps of the <see cref="D8Direction"/> codes.</summary>
public static class D8Offsets
{
    private static readonly int[] s_rowSteps = [0, -1, -1, -1, 0, 1, 1, 1];
    private static readonly int[] s_columnSteps = [1, 1, 0, -1, -1, -1, 0, 1];

    /// <summary>Rows moved by a step in <paramref name="direction"/> (rows run southwards).</summary>
    public static int RowStep(D8Direction direction) => s_rowSteps[(int)direction];

    /// <summary>Columns moved by a step in <paramref name="direction"/>.</summary>
    public static int ColumnStep(D8Direction direction) => s_columnSteps[(int)direction];

    /// <summary>
    /// The change of row-major cell index for each direction on a grid <paramref name="width"/> wide:
    /// <c>rowStep·width + columnStep</c>, valid where the neighbour is on the grid.
    /// </summary>
    public static int[] IndexSteps(int width)
    {
        var steps = new int[8];
        for (var d = 0; d < 8; d++)
        {
            steps[d] = s_rowSteps[d] * width + s_columnSteps[d];
        }

        return steps;
    }

    /// <summary>Whether <paramref name="direction"/> is diagonal.</summary>
    public static bool IsDiagonal(D8Direction direction) => ((int)direction & 1) == 1;

    /// <summary>
    /// The direction off the raster from an edge cell: west or east off the side columns, else north or south
    /// off the top or bottom row. Callers pass a cell on the edge.
    /// </summary>
    public static D8Direction Outward(int row, int column, int width, int height) =>
        column == 0 ? D8Direction.West
        : column == width - 1 ? D8Direction.East
        : row == 0 ? D8Direction.North
        : D8Direction.South;
}
