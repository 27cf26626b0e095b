using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Terrain;

public sealed class ElevationGridTests
{
    /// <summary>An SRTM3-like tile over 52..53 N, 7..6 W: its edge samples sit on the whole-degree lines.</summary>
    private static readonly ElevationGrid s_tile = SyntheticGrids.Geographic(1201, -7, 52, 1, (lon, lat) => 100 + lon + lat);

    [Theory]
    [InlineData(-7.0, 52.5)]
    [InlineData(-6.0, 52.5)]
    [InlineData(-6.5, 53.0)]
    [InlineData(-6.5, 52.0)]
    [InlineData(-7.0, 53.0)]
    public void Contains_PositionOnTheOuterSampleLineGivenInDegrees_IsInside(double lon, double lat)
    {
        var inside = s_tile.Contains(s_tile.UOf(lon), s_tile.VOf(lat));

        Assert.True(inside);
        Assert.Null(StartCheck.Problem(new TerrainSurface(s_tile), lon, lat));
    }

    [Fact]
    public void Contains_SampleCentreRoundTrippedThroughDegrees_IsInsideForEveryEdgeSample()
    {
        var last = s_tile.Width - 1;

        var outside = Enumerable.Range(0, s_tile.Width)
            .SelectMany(i => new[] { (i, 0), (i, last), (0, i), (last, i) })
            .Count(p => !s_tile.Contains(s_tile.UOf(s_tile.XOf(p.Item1)), s_tile.VOf(s_tile.YOf(p.Item2))));

        Assert.Equal(0, outside);
    }

    [Fact]
    public void Contains_PositionHalfASampleOutside_IsOutside()
    {
        Assert.False(s_tile.Contains(-0.5, 600));
        Assert.False(s_tile.Contains(600, s_tile.Height - 0.5));
    }
}
