using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Core.Water;

/// <summary>
/// D8 flow directions of one grid (O'Callaghan and Mark 1984) over its depression-filled surface, by the rules of
/// <see cref="FlowRouting"/>: each cell drains to the neighbour with the steepest drop, <c>max (z − zₙ) / dₙ</c>,
/// where dₙ is the ground distance to the neighbour in metres; a cell on a flat drains towards the flat's nearest
/// drain. Elevations are first filled by <see cref="PriorityFlood"/>, so every hollow spills and flow always reaches
/// an outlet: off the raster edge or into a void. Immutable and thread-safe. A tiled surface is routed tile by tile,
/// to the same directions, by <see cref="FlowField"/>.
/// </summary>
public sealed class FlowDirections
{
    private readonly D8Direction[] _directions;
    private readonly float[] _filledMetres;

    private FlowDirections(int width, int height, D8Direction[] directions, float[] filledMetres)
    {
        Width = width;
        Height = height;
        _directions = directions;
        _filledMetres = filledMetres;
    }

    /// <summary>Number of columns.</summary>
    public int Width { get; }

    /// <summary>Number of rows.</summary>
    public int Height { get; }

    /// <summary>The depression-filled elevations in metres, row-major; NaN at voids.</summary>
    public ReadOnlySpan<float> FilledElevationsMetres => _filledMetres;

    /// <summary>The direction a cell drains in; <see cref="D8Direction.None"/> for a void.</summary>
    public D8Direction this[int row, int column] => _directions[row * Width + column];

    /// <summary>Fills <paramref name="grid"/> and computes its D8 directions (uncached).</summary>
    public static FlowDirections Compute(ElevationGrid grid)
    {
        var (width, height) = (grid.Width, grid.Height);
        var filled = PriorityFlood.Fill(grid);
        var window = new FlowWindow(-1, -1, width + 2, height + 2);
        for (var row = 0; row < height; row++)
        {
            for (var column = 0; column < width; column++)
            {
                var level = filled[row * width + column];
                var cell = window.IndexOf(column, row);
                window.Levels[cell] = level;
                window.Roles[cell] = float.IsNaN(level) ? FlowWindow.OffData : FlowWindow.Inside;
            }
        }

        var windowDirections = new D8Direction[window.Levels.Length];
        FlowRouting.Assign(window, (0, 0, width - 1, height - 1), row => (grid.MetresPerSampleEast(row), grid.MetresPerSampleNorth(row)), windowDirections);
        var directions = new D8Direction[width * height];
        for (var row = 0; row < height; row++)
        {
            for (var column = 0; column < width; column++)
            {
                directions[row * width + column] = float.IsNaN(filled[row * width + column]) ? D8Direction.None : windowDirections[window.IndexOf(column, row)];
            }
        }

        return new FlowDirections(width, height, directions, filled);
    }

    /// <summary>The cell a cell drains to; it may lie off the raster or be a void (an outlet). False for a void.</summary>
    public bool TryDownstream(int row, int column, out int nextRow, out int nextColumn)
    {
        var direction = this[row, column];
        if (direction == D8Direction.None)
        {
            (nextRow, nextColumn) = (row, column);
            return false;
        }

        nextRow = row + D8Offsets.RowStep(direction);
        nextColumn = column + D8Offsets.ColumnStep(direction);
        return true;
    }
}
