using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Water;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Water;

public sealed class FlowDirectionsTests
{
    [Fact]
    public void Compute_PitInWestwardSlope_FillsPitToItsSpillLevel()
    {
        // z = 0.1·east: the three cells west of the pit (column 9, 90 m → 9 m) are its lowest neighbours.
        var grid = WithSample(SyntheticGrids.Projected(21, 21, 10.0, (e, n) => 0.1 * e), row: 10, column: 10, elevationMetres: 2.0f);

        var flow = FlowDirections.Compute(grid);

        Assert.Equal(9.0f, flow.FilledElevationsMetres[10 * 21 + 10]);
        Assert.Contains(flow[10, 10], new[] { D8Direction.NorthWest, D8Direction.West, D8Direction.SouthWest });
    }

    [Fact]
    public void Compute_ClosedBowl_FillsToTheLowestRimCell()
    {
        var grid = SyntheticGrids.Projected(21, 21, 10.0, (e, n) => 0.01 * ((e - 100) * (e - 100) + (n - 100) * (n - 100)));

        var flow = FlowDirections.Compute(grid);

        // The rim is lowest at the middle of each side: 0.01 · 100² = 100 m.
        Assert.Equal(100.0f, flow.FilledElevationsMetres[10 * 21 + 10]);
        Assert.Equal(0.0f, grid[10, 10]);
    }

    [Fact]
    public void Compute_RoughTerrain_EveryCellDrainsDownhillToAnOutlet()
    {
        var random = new Random(20140101);
        var grid = SyntheticGrids.Projected(60, 50, 30.0, (e, n) => 100 + 0.01 * e + 20 * random.NextDouble());
        var samples = grid.Elevations.ToArray();
        for (var row = 20; row < 25; row++)
        {
            samples[row * 60 + 30] = float.NaN;
        }

        grid = new ElevationGrid(60, 50, samples, grid.Transform, grid.Kind);

        var flow = FlowDirections.Compute(grid);

        for (var start = 0; start < samples.Length; start++)
        {
            var (row, column) = (start / 60, start % 60);
            if (float.IsNaN(samples[start]))
            {
                Assert.Equal(D8Direction.None, flow[row, column]);
                continue;
            }

            var steps = 0;
            while (true)
            {
                Assert.True(flow.TryDownstream(row, column, out var nextRow, out var nextColumn));
                if (nextRow < 0 || nextColumn < 0 || nextRow >= 50 || nextColumn >= 60 || float.IsNaN(samples[nextRow * 60 + nextColumn]))
                {
                    break;
                }

                Assert.True(
                    flow.FilledElevationsMetres[nextRow * 60 + nextColumn] <= flow.FilledElevationsMetres[row * 60 + column],
                    "flow never climbs in the filled surface");
                (row, column) = (nextRow, nextColumn);
                Assert.True(++steps < samples.Length, "flow from a cell reaches an outlet without looping");
            }
        }
    }

    [Fact]
    public void Compute_SouthwardPlane_SouthRowDrainsOffTheRaster()
    {
        var grid = SyntheticGrids.Projected(12, 9, 10.0, (e, n) => 50 + 0.2 * n);

        var flow = FlowDirections.Compute(grid);

        for (var column = 1; column < 11; column++)
        {
            Assert.Equal(D8Direction.South, flow[8, column]);
            Assert.Equal(D8Direction.South, flow[4, column]);
        }
    }

    [Fact]
    public void Compute_Diagonal_UsesMetricDistance()
    {
        // Cells 30 m east–west and 10 m north–south: a drop of 1 m east is 1/30, 1 m south 1/10, diagonal 1.5/31.6.
        var samples = new float[] { 9, 9, 9, 9, 5, 4, 9, 4, 3.5f };
        var grid = new ElevationGrid(3, 3, samples, new GeoTransform(0, 30, 30, -10), CoordinateKind.ProjectedMetres);

        var flow = FlowDirections.Compute(grid);

        Assert.Equal(D8Direction.South, flow[1, 1]);
    }

    [Fact]
    public void FlowFieldFor_SameSurface_ReturnsOneSharedInstance()
    {
        var surface = new TerrainSurface(SyntheticGrids.Projected(10, 10, 10.0, (e, n) => e + n));

        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => FlowField.For(surface, 0)).ToArray();

        Assert.All(results, r => Assert.Same(results[0], r));
    }

    private static ElevationGrid WithSample(ElevationGrid grid, int row, int column, float elevationMetres)
    {
        var samples = grid.Elevations.ToArray();
        samples[row * grid.Width + column] = elevationMetres;
        return new ElevationGrid(grid.Width, grid.Height, samples, grid.Transform, grid.Kind);
    }
}
