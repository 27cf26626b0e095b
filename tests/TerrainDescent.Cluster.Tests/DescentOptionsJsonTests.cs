using TerrainDescent.Core.Descent;

namespace TerrainDescent.Cluster.Tests;

public sealed class DescentOptionsJsonTests
{
    [Fact]
    public void WriteThenRead_AnyOptions_GivesEqualOptionsInfinitiesIncluded()
    {
        var options = new DescentOptions { AlphaMetres = 12.345678901234567, Gamma = 0.9, MaxSteps = 777 };

        var back = DescentOptionsJson.Read(DescentOptionsJson.Write(options));

        Assert.Equal(options, back);
    }
}
