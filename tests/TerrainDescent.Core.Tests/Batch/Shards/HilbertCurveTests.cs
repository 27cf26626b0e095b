using TerrainDescent.Core.Batch.Shards;

namespace TerrainDescent.Core.Tests.Batch.Shards;

public sealed class HilbertCurveTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Distance_OverTheWholeGrid_IsABijectionWhoseConsecutiveCellsTouch(int order)
    {
        var side = 1u << order;
        var cells = new (uint X, uint Y)[side * side];
        var filled = new bool[cells.Length];

        for (var x = 0u; x < side; x++)
        {
            for (var y = 0u; y < side; y++)
            {
                var d = HilbertCurve.Distance(x, y, order);
                Assert.False(filled[d]);
                filled[d] = true;
                cells[d] = (x, y);
            }
        }

        Assert.All(filled, Assert.True);
        for (var d = 1; d < cells.Length; d++)
        {
            var step = Math.Abs((int)cells[d].X - (int)cells[d - 1].X) + Math.Abs((int)cells[d].Y - (int)cells[d - 1].Y);
            Assert.Equal(1, step);
        }
    }

    [Fact]
    public void Distance_OfOrderOne_WalksTheFourCellsInTheClassicU()
    {
        var walk = new[] { (0u, 0u), (0u, 1u), (1u, 1u), (1u, 0u) }.Select(c => HilbertCurve.Distance(c.Item1, c.Item2, 1));

        Assert.Equal([0UL, 1UL, 2UL, 3UL], walk);
    }

    [Fact]
    public void OfLonLat_BeyondTheGlobe_ClampsToTheEdgeCells()
    {
        var inside = HilbertCurve.OfLonLat(180.0 - 1e-9, 90.0 - 1e-9, 8);
        var beyond = HilbertCurve.OfLonLat(200.0, 95.0, 8);

        Assert.Equal(inside, beyond);
        Assert.Equal(0UL, HilbertCurve.OfLonLat(-180.0, -90.0, 8));
    }
}
