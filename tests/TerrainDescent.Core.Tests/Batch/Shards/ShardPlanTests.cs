using TerrainDescent.Core.Batch.Shards;

namespace TerrainDescent.Core.Tests.Batch.Shards;

public sealed class ShardPlanTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(40)]
    public void Create_AnyShardCount_GivesEveryStartToOneShardInRunsDifferingByAtMostOne(int shards)
    {
        var (tileKeys, tiles, startKeys) = Starts(23);

        var plan = ShardPlan.Create(tileKeys, tiles, startKeys, shards);

        var sizes = Enumerable.Range(0, shards).Select(s => plan.StartsOf(s).Count).ToArray();
        Assert.Equal(23, sizes.Sum());
        Assert.InRange(sizes.Max() - sizes.Min(), 0, 1);
        Assert.Equal(Enumerable.Range(0, 23), Enumerable.Range(0, shards).SelectMany(plan.StartsOf).Order());
    }

    [Fact]
    public void Create_TilesAlongTheCurve_GivesEachShardAContiguousRunOfTiles()
    {
        var (tileKeys, tiles, startKeys) = Starts(60);

        var plan = ShardPlan.Create(tileKeys, tiles, startKeys, 4);

        // Walking the tiles in curve order, the shard never goes back: each shard's tiles are one run.
        var shardAlongCurve = Enumerable.Range(0, 60).OrderBy(i => tileKeys[i]).ThenBy(i => startKeys[i]).Select(plan.ShardOf).ToArray();
        Assert.Equal(shardAlongCurve.Order(), shardAlongCurve);
        Assert.Equal(15, plan.StartsOf(0).Count);
    }

    [Fact]
    public void Create_StartsOnNoTile_GoLastAndTheSameInputsGiveTheSamePlan()
    {
        ulong[] tileKeys = [5, 0, 1, 9];
        int[] tiles = [2, -1, 0, 1];
        ulong[] startKeys = [1, 2, 3, 4];

        var plan = ShardPlan.Create(tileKeys, tiles, startKeys, 4);
        var again = ShardPlan.Create(tileKeys, tiles, startKeys, 4);

        Assert.Equal([1, 3, 0, 2], Enumerable.Range(0, 4).Select(plan.ShardOf));
        Assert.Equal(Enumerable.Range(0, 4).Select(plan.ShardOf), Enumerable.Range(0, 4).Select(again.ShardOf));
    }

    /// <summary>Starts scattered over six tiles whose curve keys are not in tile-number order.</summary>
    private static (ulong[] TileKeys, int[] Tiles, ulong[] StartKeys) Starts(int count)
    {
        ulong[] keyOfTile = [40, 10, 50, 20, 30, 0];
        var tiles = Enumerable.Range(0, count).Select(i => i * 7 % 6).ToArray();
        var startKeys = Enumerable.Range(0, count).Select(i => (ulong)(i * 31 % 17)).ToArray();
        return (tiles.Select(t => keyOfTile[t]).ToArray(), tiles, startKeys);
    }
}
