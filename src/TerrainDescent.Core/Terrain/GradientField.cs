namespace TerrainDescent.Core.Terrain;

/// <summary>
/// The metric slope at every sample of a grid: ∂z/∂east and ∂z/∂north in metres per metre.
/// </summary>
/// <remarks>
/// Central differences, O(h²): <c>∂z/∂east = (z[r, c+1] − z[r, c−1]) / (2·mx(r))</c> and
/// <c>∂z/∂north = (z[r−1, c] − z[r+1, c]) / (2·my(r))</c>, where mx(r) and my(r) are the ground lengths of one
/// sample step on row r (on a lat/lon grid mx shrinks with cos latitude, row by row).
/// Where a neighbour is off the grid or void, the one-sided difference O(h) to the other neighbour is used;
/// where both are, the component is NaN, so the surface never borrows slope across a void.
/// Rows are independent, so large grids are computed in parallel with identical results.
/// </remarks>
public sealed class GradientField
{
    /// <summary>Grids with more samples than this are computed on all cores.</summary>
    private const int ParallelThresholdSamples = 1 << 20;

    /// <summary>Rows per parallel work item: large enough to amortise scheduling, small enough to balance.</summary>
    private const int RowsPerBlock = 32;

    private GradientField(int width, int height, float[] east, float[] north)
    {
        Width = width;
        Height = height;
        EastSlopes = east;
        NorthSlopes = north;
    }

    /// <summary>Number of columns.</summary>
    public int Width { get; }

    /// <summary>Number of rows.</summary>
    public int Height { get; }

    /// <summary>∂z/∂east per sample, row-major; positive where the ground rises eastwards.</summary>
    public float[] EastSlopes { get; }

    /// <summary>∂z/∂north per sample, row-major; positive where the ground rises northwards.</summary>
    public float[] NorthSlopes { get; }

    /// <summary>Computes the slope field of <paramref name="grid"/>.</summary>
    public static GradientField Compute(ElevationGrid grid)
    {
        // Every element is written below, so the arrays need no zeroing.
        var east = GC.AllocateUninitializedArray<float>(grid.Width * grid.Height);
        var north = GC.AllocateUninitializedArray<float>(grid.Width * grid.Height);
        ComputeInto(grid, east, north);
        return new GradientField(grid.Width, grid.Height, east, north);
    }

    /// <summary>Computes the slope field of <paramref name="grid"/> into caller-owned arrays of Width × Height.</summary>
    public static void ComputeInto(ElevationGrid grid, float[] east, float[] north)
    {
        if (east.Length != grid.Width * grid.Height || north.Length != east.Length)
        {
            throw new ArgumentException("the slope arrays must hold one value per sample");
        }

        if ((long)grid.Width * grid.Height <= ParallelThresholdSamples)
        {
            for (var row = 0; row < grid.Height; row++)
            {
                SlopeRow.Compute(grid, row, east, north);
            }

            return;
        }

        var blocks = (grid.Height + RowsPerBlock - 1) / RowsPerBlock;
        Parallel.For(0, blocks, block =>
        {
            var last = Math.Min(grid.Height, (block + 1) * RowsPerBlock);
            for (var row = block * RowsPerBlock; row < last; row++)
            {
                SlopeRow.Compute(grid, row, east, north);
            }
        });
    }
}
