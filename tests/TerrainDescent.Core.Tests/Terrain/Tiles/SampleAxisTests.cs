using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Core.Tests.Terrain.Tiles;

public sealed class SampleAxisTests
{
    [Theory]
    [InlineData(-7.0, 1.0 / 1200, -8400)]
    [InlineData(52.0, 1.0 / 3600, 187200)]
    [InlineData(-53.0, 1.0 / 1200, -63600)]
    public void Through_SrtmSampleOnAWholeDegree_IsThatDegreeTimesSamplesPerDegree(double coordinate, double step, int expectedIndex)
    {
        var (axis, index) = SampleAxis.Through(coordinate, step);

        Assert.Equal(expectedIndex, index);
        Assert.Equal(0, axis.Phase);
        Assert.Equal(coordinate, axis.Coordinate(index));
    }

    [Fact]
    public void Through_TwoTilesOfOneGrid_AreOneLatticeWhateverTheirOrigin()
    {
        var (west, _) = SampleAxis.Through(-7.0, 1.0 / 1200);
        var (east, eastIndex) = SampleAxis.Through(-6.0 + 1e-12, 0.000833333333333333);
        var (shifted, _) = SampleAxis.Through(-6.0 + 0.5 / 1200, 1.0 / 1200);

        Assert.True(west.SameLattice(east));
        Assert.Equal(-7200, eastIndex);
        Assert.False(west.SameLattice(shifted));
        Assert.Equal(0.5, shifted.Phase, 6);
    }

    [Fact]
    public void Through_ProjectedMetres_KeepsThePhaseWithinOneSample()
    {
        var (axis, index) = SampleAxis.Through(500015.0, 30.0);

        Assert.Equal(0, axis.SamplesPerUnit);
        Assert.InRange(axis.Phase, 0, 1);
        Assert.Equal(500015.0, axis.Coordinate(index), 6);
    }
}
