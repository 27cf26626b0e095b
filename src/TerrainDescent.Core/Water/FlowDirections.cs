using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Core.Water;

/// <summary>
/// D8 flow directions of a grid (O'Callaghan and Mark 1984) over its depression-filled surface: each cell
/// drains to the neighbour with the steepest drop, <c>max (z − zₙ) / dₙ</c>, where dₙ is the ground distance
/// to the neighbour in metres (mx(row) east–west, my(row) north–south, √(mx² + my²) diagonally).
/// </summary>
/// <remarks>
/// Elevations are first filled by <see cref="PriorityFlood"/>, so every hollow spills. A cell with no lower
/// neighbour in the filled surface (a flat, or a filled hollow) drains along its flood link instead, which
/// leads across the flat towards the spill point; flow therefore always reaches an outlet: off the raster
/// edge or into a void. Computed once per surface by <see cref="For"/> and shared; immutable and thread-safe.
/// </remarks>
public sealed class FlowDirections
{
    private static readonly ConditionalWeakTable<TerrainSurface, ConcurrentDictionary<int, Lazy<FlowArea>>> s_cache = new();

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

    /// <summary>
    /// The directions over the connected group of tiles <paramref name="component"/> of <paramref name="surface"/>
    /// (assembled into one grid, see <see cref="TerrainSurface.AssembleComponent"/>), computed on first use and
    /// cached for as long as the surface lives; concurrent first callers wait for one computation. Throws
    /// <see cref="Terrain.Tiles.TerrainTooLargeException"/> when the group does not fit in the surface's cache budget.
    /// </summary>
    public static FlowArea For(TerrainSurface surface, int component)
    {
        var areas = s_cache.GetValue(surface, _ => new ConcurrentDictionary<int, Lazy<FlowArea>>());
        return areas.GetOrAdd(component, c => new Lazy<FlowArea>(
            () =>
            {
                var area = surface.AssembleComponent(c);
                return new FlowArea(Compute(area.Grid), area.Column0, area.Row0);
            },
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>Fills <paramref name="grid"/> and computes its D8 directions (uncached).</summary>
    public static FlowDirections Compute(ElevationGrid grid)
    {
        var directions = new D8Direction[grid.Width * grid.Height];
        var filled = PriorityFlood.Fill(grid, directions);
        AssignSteepest(grid, filled, directions);
        return new FlowDirections(grid.Width, grid.Height, directions, filled);
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

    private static bool OnGrid(int row, int column, int width, int height) => (uint)row < (uint)height && (uint)column < (uint)width;

    /// <summary>Replaces the flood link by the steepest strictly lower neighbour wherever there is one.</summary>
    private static void AssignSteepest(ElevationGrid grid, float[] filled, D8Direction[] directions)
    {
        var width = grid.Width;
        var height = grid.Height;
        Span<double> inverseDistance = stackalloc double[8];
        ReadOnlySpan<int> indexSteps = D8Offsets.IndexSteps(width);
        for (var row = 0; row < height; row++)
        {
            var east = grid.MetresPerSampleEast(row);
            var north = grid.MetresPerSampleNorth(row);
            var diagonal = Math.Sqrt(east * east + north * north);
            for (var d = 0; d < 8; d++)
            {
                inverseDistance[d] = 1.0 / (D8Offsets.IsDiagonal((D8Direction)d) ? diagonal : d % 4 == 0 ? east : north);
            }

            for (var column = 0; column < width; column++)
            {
                var cell = row * width + column;
                var z = filled[cell];
                if (float.IsNaN(z))
                {
                    continue;
                }

                var interior = row > 0 && column > 0 && row < height - 1 && column < width - 1;
                var best = -1;
                var bestSlope = 0.0;
                for (var d = 0; d < 8; d++)
                {
                    if (!interior && !OnGrid(row + D8Offsets.RowStep((D8Direction)d), column + D8Offsets.ColumnStep((D8Direction)d), width, height))
                    {
                        continue;
                    }

                    // NaN neighbours (voids) fail the comparison and are skipped.
                    var slope = (z - filled[cell + indexSteps[d]]) * inverseDistance[d];
                    if (slope > bestSlope)
                    {
                        best = d;
                        bestSlope = slope;
                    }
                }

                if (best >= 0)
                {
                    directions[cell] = (D8Direction)best;
                }
            }
        }
    }
}
