using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Tests.Terrain.Tiles;
using TerrainDescent.Core.Water;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Water;

public sealed class FlowFieldTests
{
    public static TheoryData<int, int, int, int> SyntheticCuts => new()
    {
        { 2, 2, 1, 4 },
        { 3, 3, 2, 3 },
        { 4, 3, 3, 6 },
        { 5, 5, 4, 2 },
    };

    [Theory]
    [MemberData(nameof(SyntheticCuts))]
    public void DirectionAt_QuantisedTerrainWithVoids_EqualsTheWholeGridDirections(int columns, int rows, int seed, int levels)
    {
        // Few height levels: most samples lie on flats, many of which cross tile edges, and voids make inner outlets.
        var grid = SampleGrids.Random(63, 49, seed, levels, voidShare: 0.03);

        AssertTiledEqualsWhole(grid, columns, rows);
        AssertTiledEqualsWhole(grid, columns, rows, cacheBytes: 1024);
    }

    [Fact]
    public void DirectionAt_LakeAcrossNineTiles_DrainsEveryLakeSampleTowardsTheOneOutlet()
    {
        // A bowl filled to its 20 m notch on the east edge: one flat lake over all nine tiles, draining east.
        var grid = NotchedBowl.Create();

        AssertTiledEqualsWhole(grid, 3, 3);
    }

    [Theory]
    [InlineData("srtm3/N52W007.hgt", 2, 1L << 30)]
    [InlineData("srtm3/N19W156.hgt", 3, 1L << 30)]
    [InlineData("srtm3/N19W156.hgt", 3, 1L << 20)]
    public void DirectionAt_RealSrtmTileCutIntoTiles_EqualsTheWholeGridDirections(string tile, int parts, long cacheBytes)
    {
        // A 1 MB cache holds no tile of the cut (about 0.6 MB each) twice over, so every tile is routed again on use.
        AssertTiledEqualsWhole(HgtFiles.Read(TestData.Tile(tile)), parts, parts, cacheBytes);
    }

    [Fact]
    public void Compute_FlatTerrain_EverySampleReachesAnOutletDescendingTheFilledSurface()
    {
        var grid = SampleGrids.Random(70, 60, 11, levels: 3, voidShare: 0.02);

        var flow = FlowDirections.Compute(grid);

        var filled = flow.FilledElevationsMetres.ToArray();
        for (var start = 0; start < filled.Length; start++)
        {
            if (float.IsNaN(filled[start]))
            {
                continue;
            }

            var (row, column, steps) = (start / 70, start % 70, 0);
            while ((uint)row < 60 && (uint)column < 70 && !float.IsNaN(filled[row * 70 + column]))
            {
                Assert.True(flow.TryDownstream(row, column, out var nextRow, out var nextColumn));
                var onGrid = (uint)nextRow < 60 && (uint)nextColumn < 70;
                Assert.True(!onGrid || !(filled[nextRow * 70 + nextColumn] > filled[row * 70 + column]), $"({row}, {column}) flows uphill");
                (row, column) = (nextRow, nextColumn);
                Assert.True(++steps <= filled.Length, $"flow from sample {start} cycles");
            }
        }
    }

    private static void AssertTiledEqualsWhole(ElevationGrid grid, int columns, int rows, long cacheBytes = 1L << 30)
    {
        var expected = FlowDirections.Compute(grid);
        var cut = new GridCut(grid, columns, rows, cacheBytes);
        var index = cut.Surface.Index;
        var (column0, row0) = (index.Tiles.Min(t => t.Column), index.Tiles.Min(t => t.Row));

        var field = FlowField.For(cut.Surface, component: 0);

        var mismatches = new List<string>();
        for (var row = 0; row < grid.Height; row++)
        {
            for (var column = 0; column < grid.Width; column++)
            {
                var actual = field.DirectionAt(column0 + column, row0 + row);
                if (actual != expected[row, column])
                {
                    mismatches.Add($"({row}, {column}): whole {expected[row, column]}, tiled {actual}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {grid.Width * grid.Height} directions differ, first {mismatches.FirstOrDefault()}");
    }
}
