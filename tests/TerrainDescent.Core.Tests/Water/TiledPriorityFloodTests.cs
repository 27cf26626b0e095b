using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Tests.Terrain.Tiles;
using TerrainDescent.Core.Water;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Water;

public sealed class TiledPriorityFloodTests
{
    public static TheoryData<int, int, int> SyntheticCuts => new()
    {
        { 2, 2, 1 },
        { 3, 3, 2 },
        { 3, 2, 3 },
        { 4, 4, 4 },
    };

    [Theory]
    [MemberData(nameof(SyntheticCuts))]
    public void FilledTile_QuantisedTerrainWithVoids_EqualsTheWholeGridFill(int columns, int rows, int seed)
    {
        // Whole-metre heights in [0, 6): wide flats, many pits and ties, and 4 % voids (inner outlets).
        var grid = SampleGrids.Random(61, 47, seed, levels: 6, voidShare: 0.04);

        AssertTiledFillEqualsWholeFill(grid, columns, rows);
    }

    [Fact]
    public void FilledTile_BasinSpanningEveryTile_SpillsThroughTheOneLowRimCell()
    {
        // A closed bowl whose rim is 50 m except one 20 m notch on the east edge: every cell, in every tile,
        // fills to 20 m, which the tiles can only learn through the spill graph.
        var grid = NotchedBowl.Create();

        var filled = AssertTiledFillEqualsWholeFill(grid, 3, 3);

        Assert.Equal(20f, filled[20 * 41 + 20]);
    }

    [Theory]
    [InlineData("srtm3/N52W007.hgt", 2)]
    [InlineData("srtm3/N19W156.hgt", 3)]
    public void FilledTile_RealSrtmTileCutIntoTiles_EqualsTheWholeGridFill(string tile, int parts)
    {
        AssertTiledFillEqualsWholeFill(HgtFiles.Read(TestData.Tile(tile)), parts, parts);
    }

    /// <summary>Checks every owned sample of every tile against <see cref="PriorityFlood.Fill"/> on the whole grid.</summary>
    private static float[] AssertTiledFillEqualsWholeFill(ElevationGrid grid, int columns, int rows)
    {
        var expected = PriorityFlood.Fill(grid);
        var cut = new GridCut(grid, columns, rows);
        var index = cut.Surface.Index;
        Assert.Equal(1, index.ComponentCount);

        var flood = TiledPriorityFlood.Solve(cut.Surface, component: 0);

        var actual = new float[expected.Length];
        Array.Fill(actual, -1f);
        for (var t = 0; t < index.Tiles.Count; t++)
        {
            var tile = index.Tiles[t];
            var filled = flood.FilledTile(t);
            for (var cell = 0; cell < filled.Length; cell++)
            {
                var (column, row) = (tile.Column + cell % tile.Width, tile.Row + cell / tile.Width);
                if (index.OwnerOf(column, row) == t)
                {
                    actual[cut.GridIndexOf(column, row)] = filled[cell];
                }
                else
                {
                    Assert.True(float.IsNaN(filled[cell]), $"tile {t} wrote sample ({column}, {row}) that another tile owns");
                }
            }
        }

        var mismatches = Enumerable.Range(0, expected.Length)
            .Where(i => !(float.IsNaN(expected[i]) ? float.IsNaN(actual[i]) : expected[i].Equals(actual[i])))
            .ToArray();
        Assert.True(mismatches.Length == 0, mismatches.Length == 0 ? "" :
            $"{mismatches.Length} of {expected.Length} samples differ, first at {mismatches[0]}: whole {expected[mismatches[0]]}, tiled {actual[mismatches[0]]}");
        return actual;
    }
}
