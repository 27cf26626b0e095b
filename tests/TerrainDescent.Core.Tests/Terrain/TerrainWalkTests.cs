using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Terrain;

/// <summary>The specialised two-dimensional loop against the generic runner it stands in for.</summary>
public sealed class TerrainWalkTests
{
    [Theory]
    [InlineData(HillWalkerDescent.MethodName, 10.0)]
    [InlineData(MomentumDescent.MethodName, 10.0)]
    [InlineData(MomentumDescent.MethodName, 40.0)]
    public void Descend_OnRuggedTerrainWithVoids_IsTheGenericRunnersTraceBitForBit(string methodName, double alphaMetres)
    {
        var grid = SampleGrids.WithVoids(RuggedGrids.Create(301, seed: 11), (row, column) => (row / 20 + column / 20) % 7 == 3);
        var surface = new TerrainSurface(grid);
        Assert.True(DescentMethods.TryGet(methodName, out var method));
        var options = new DescentOptions { AlphaMetres = alphaMetres, MaxSteps = 20_000 };
        var reasons = new HashSet<StopReason>();

        for (var k = 0; k < 60; k++)
        {
            var (u, v) = (surface.Lattice.UOf(grid.XOf(5 + 4.9 * k)), surface.Lattice.VOf(grid.YOf(295 - 4.8 * k)));
            using var objective = new TerrainObjective(surface);
            var expected = DescentRunner.Run(objective, method, [u, v], options);
            using var reader = surface.OpenReader();
            var actual = TerrainWalk.Run(surface, reader, method, u, v, options);

            Assert.Equal(expected.Reason, actual.Reason);
            Assert.Equal(expected.Values, actual.Values);
            Assert.Equal(expected.VertexCount, actual.VertexCount);
            for (var i = 0; i < expected.VertexCount; i++)
            {
                Assert.True(expected.Position(i).SequenceEqual(actual.Position(i)), $"vertex {i} of start {k}");
            }

            reasons.Add(expected.Reason);
        }

        Assert.True(reasons.Count >= 2, $"the starts end for several reasons, not only {string.Join(", ", reasons)}");
    }
}
