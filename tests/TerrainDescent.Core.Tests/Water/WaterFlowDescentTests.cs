using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Water;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Water;

public sealed class WaterFlowDescentTests
{
    private static readonly DescentOptions s_noSea = new() { SeaLevelMetres = double.NegativeInfinity };

    [Fact]
    public void Descend_FromPit_LeavesItAndDrainsOffTheWestEdge()
    {
        var grid = SyntheticGrids.Projected(21, 21, 10.0, (e, n) => e == 100 && n == 100 ? 2.0 : 0.1 * e);
        var descender = new TerrainDescender(new TerrainSurface(grid));

        var path = descender.Descend(new WaterFlowDescent(), 100, 100, s_noSea);

        Assert.Equal(StopReason.LeftRaster, path.Reason);
        Assert.Equal(10, path.Steps);
        Approx.AssertClose(0.0, path.End.X, 1e-9, "easting of the west edge");
        Approx.AssertClose(100.0, path.End.Y, 10.0, "northing: the pit spills to one of its three west neighbours");
    }

    [Fact]
    public void Descend_OnFlat_DrainsToNearestEdgeCellByCell()
    {
        var descender = new TerrainDescender(new TerrainSurface(SyntheticGrids.Projected(21, 21, 10.0, (e, n) => 50.0)));

        var path = descender.Descend(new WaterFlowDescent(), 100, 100, s_noSea);

        Assert.Equal(StopReason.LeftRaster, path.Reason);
        Assert.Equal(10, path.Steps);
        Assert.True(path.End.X is 0 or 200 || path.End.Y is 0 or 200, $"ends on an edge cell, not ({path.End.X}, {path.End.Y})");
    }

    [Fact]
    public void Descend_InClosedBowl_SpillsOverTheLowestRimCell()
    {
        var grid = SyntheticGrids.Projected(101, 101, 10.0, (e, n) => 10 + 0.0005 * ((e - 500) * (e - 500) + (n - 500) * (n - 500)));
        var surface = new TerrainSurface(grid);

        var path = new TerrainDescender(surface).Descend(new WaterFlowDescent(), 903, 148, s_noSea);

        var flow = FlowDirections.Compute(grid);
        var filled = path.Vertices.Skip(1).Select(v => flow.FilledElevationsMetres[(int)Math.Round(grid.VOf(v.Y)) * 101 + (int)Math.Round(grid.UOf(v.X))]).ToArray();
        Assert.Equal(StopReason.LeftRaster, path.Reason);
        Assert.Contains((path.End.X, path.End.Y), new[] { (500.0, 0.0), (0.0, 500.0), (1000.0, 500.0), (500.0, 1000.0) });
        Assert.True(filled.Zip(filled.Skip(1)).All(p => p.Second <= p.First), "descends in the filled surface");
        Approx.AssertClose(900, path.Vertices[1].X, 1e-9, "first step to the nearest cell centre");
    }

    [Fact]
    public void Descend_BelowSeaLevelInOriginalElevations_StopsWithSeaLevel()
    {
        var descender = new TerrainDescender(new TerrainSurface(SyntheticGrids.Projected(30, 5, 10.0, (e, n) => 0.1 * e)));

        var path = descender.Descend(new WaterFlowDescent(), 250, 20, new DescentOptions { SeaLevelMetres = 4.0 });

        Assert.Equal(StopReason.SeaLevel, path.Reason);
        Approx.AssertClose(30, path.End.X, 1e-9, "first cell below 4 m");
    }

    [Fact]
    public void Descend_TowardsVoid_StopsWithEnteredVoid()
    {
        var grid = SyntheticGrids.Projected(20, 20, 10.0, (e, n) => 100 + 0.5 * e);
        var samples = grid.Elevations.ToArray();
        for (var row = 0; row < 20; row++)
        {
            samples[row * 20 + 4] = float.NaN;
        }

        var descender = new TerrainDescender(new TerrainSurface(new ElevationGrid(20, 20, samples, grid.Transform, grid.Kind)));

        var path = descender.Descend(new WaterFlowDescent(), 150, 100, s_noSea);

        Assert.Equal(StopReason.EnteredVoid, path.Reason);
        Approx.AssertClose(50, path.End.X, 1e-9, "last valid cell before the void column");
    }

    [Fact]
    public void Start_OnPlainFunction_ThrowsWithClearMessage()
    {
        Assert.True(BuiltInFunctions.TryGet("sphere", out var sphere));

        var error = Assert.Throws<ArgumentException>(() => new WaterFlowDescent().Start(sphere.ToObjective(), new DescentOptions()));

        Assert.Contains("needs a terrain", error.Message);
    }
}
