using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Tests.Terrain.Tiles;
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

        var descender = new TerrainDescender(surface);
        for (var k = 0; k < 60; k++)
        {
            var (u, v) = (surface.Lattice.UOf(grid.XOf(5 + 4.9 * k)), surface.Lattice.VOf(grid.YOf(295 - 4.8 * k)));
            reasons.Add(AssertWalkIsTheRunnersPath(descender, method, u, v, options).Reason);
        }

        Assert.True(reasons.Count >= 2, $"the starts end for several reasons, not only {string.Join(", ", reasons)}");
    }

    [Theory]
    [InlineData(HillWalkerDescent.MethodName, 1)]
    [InlineData(MomentumDescent.MethodName, 1)]
    [InlineData(HillWalkerDescent.MethodName, 3)]
    [InlineData(MomentumDescent.MethodName, 3)]
    public void Descend_OnRealGeographicTerrainCutIntoTiles_IsTheGenericRunnersPathBitForBit(string methodName, int parts)
    {
        // Geographic rows have their own scales, so a factor read from the wrong row changes bits here; the cut adds
        // seams between windows, and the coast and the sea level end paths.
        var surface = new GridCut(HgtFiles.Read(TestData.N52W007), parts, parts).Surface;
        Assert.True(DescentMethods.TryGet(methodName, out var method));
        var options = new DescentOptions { AlphaMetres = 40.0, MaxSteps = 4_000 };
        var descender = new TerrainDescender(surface);
        var crossings = 0;
        for (var k = 0; k < 98; k++)
        {
            // A 7 × 7 grid over the tile, then one around the corner where the 3 × 3 cut's first seams cross.
            var (x, y) = k < 49
                ? (-6.98 + 0.16 * (k % 7), 52.98 - 0.16 * (k / 7))
                : (-7 + 1 / 3.0 + 0.004 * (k % 7 - 3), 53 - 1 / 3.0 - 0.004 * (k / 7 - 10));
            var (u, v) = (surface.Lattice.UOf(x), surface.Lattice.VOf(y));
            var actual = AssertWalkIsTheRunnersPath(descender, method, u, v, options);
            crossings += actual.Vertices.Zip(actual.Vertices.Skip(1)).Count(p => TileOf(surface, p.First) != TileOf(surface, p.Second));
        }

        Assert.True(parts == 1 || crossings > 0, "some paths cross a seam between tiles");
    }

    /// <summary>Walks from (u, v) and asserts the path is the generic runner's, bit for bit, measures included.</summary>
    private static TerrainPath AssertWalkIsTheRunnersPath(TerrainDescender descender, IDescentMethod method, double u, double v, DescentOptions options)
    {
        var surface = descender.Surface;
        using var objective = new TerrainObjective(surface);
        var expected = descender.ToPath(method.Name, options, DescentRunner.Run(objective, method, [u, v], options));
        using var reader = surface.OpenReader();
        var actual = TerrainWalk.Run(surface, reader, method, u, v, options);

        Assert.Equal(expected.Reason, actual.Reason);
        Assert.Equal(expected.Vertices, actual.Vertices);
        Assert.Equal(expected.GroundLengthMetres, actual.GroundLengthMetres);
        Assert.Equal(descender.CumulativeMetres(actual)[^1], actual.GroundLengthMetres);
        return actual;
    }

    private static int TileOf(TerrainSurface surface, PathVertex vertex) =>
        surface.Index.OwnerOf((int)Math.Floor(surface.Lattice.UOf(vertex.X)), (int)Math.Floor(surface.Lattice.VOf(vertex.Y)));
}
