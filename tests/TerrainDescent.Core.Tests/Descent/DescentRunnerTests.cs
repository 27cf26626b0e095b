using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;
using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Descent;

public sealed class DescentRunnerTests
{
    private static TerrainDescender Bowl(double floorMetres = 10.0) => new(new TerrainSurface(
        SyntheticGrids.Projected(101, 101, 10.0, (e, n) => floorMetres + 0.0005 * ((e - 500) * (e - 500) + (n - 500) * (n - 500)))));

    [Fact]
    public void Descend_FromPlaneSlope_StepsAlongNegativeGradient()
    {
        var surface = new TerrainSurface(SyntheticGrids.Projected(50, 50, 10.0, (e, n) => 500 + 0.3 * e + 0.4 * n));
        var descender = new TerrainDescender(surface);
        var options = new DescentOptions { AlphaMetres = 10.0, MaxSteps = 3, SeaLevelMetres = double.NegativeInfinity };

        var path = descender.Descend(new HillWalkerDescent(), 250, 250, options);

        // Each step moves α·|∇z| = 10 · 0.5 = 5 m, straight against (0.3, 0.4).
        Assert.Equal(3, path.Steps);
        Assert.Equal(StopReason.MaxSteps, path.Reason);
        Approx.AssertClose(250 - 3 * 3.0, path.End.X, 1e-6, "easting");
        Approx.AssertClose(250 - 3 * 4.0, path.End.Y, 1e-6, "northing");
        Approx.AssertClose(15.0, path.GroundLengthMetres, 1e-6, "ground length");
        Approx.AssertClose(7.5, path.DropMetres, 1e-3, "drop = slope 0.5 × 15 m");
    }

    [Theory]
    [InlineData(HillWalkerDescent.MethodName)]
    [InlineData(MomentumDescent.MethodName)]
    public void Descend_InParaboloid_StallsAtKnownMinimum(string methodName)
    {
        Assert.True(DescentMethods.TryGet(methodName, out var method));
        var options = new DescentOptions { AlphaMetres = 20.0, Gamma = 0.5, SeaLevelMetres = 0 };

        var path = Bowl().Descend(method, 900, 150, options);

        Assert.Equal(StopReason.Stalled, path.Reason);
        Approx.AssertClose(500, path.End.X, 1.0, "easting of the minimum");
        Approx.AssertClose(500, path.End.Y, 1.0, "northing of the minimum");
        Approx.AssertClose(10.0, path.End.ElevationMetres, 0.01, "floor elevation");
    }

    [Fact]
    public void Descend_BelowSeaLevel_StopsWithSeaLevel()
    {
        var path = Bowl(floorMetres: 1.0).Descend(new HillWalkerDescent(), 900, 150, new DescentOptions { AlphaMetres = 20.0 });

        Assert.Equal(StopReason.SeaLevel, path.Reason);
        Assert.True(path.End.ElevationMetres < 4.0);
        Assert.True(path.Vertices[^2].ElevationMetres >= 4.0, "the path stops at the first vertex below the threshold");
    }

    [Fact]
    public void Descend_OffTheEdge_StopsWithLeftRaster()
    {
        var surface = new TerrainSurface(SyntheticGrids.Projected(20, 20, 10.0, (e, n) => 100 + 0.5 * e));

        var path = new TerrainDescender(surface).Descend(new HillWalkerDescent(), 100, 100, new DescentOptions { AlphaMetres = 10.0 });

        Assert.Equal(StopReason.LeftRaster, path.Reason);
        Assert.True(path.End.X >= 0 && path.End.X - 5 < 5.0, "ends on the last vertex inside, within one step of the west edge");
    }

    [Fact]
    public void Descend_IntoVoid_StopsWithEnteredVoid()
    {
        var grid = SyntheticGrids.Projected(20, 20, 10.0, (e, n) => 100 + 0.5 * e);
        var samples = grid.Elevations.ToArray();
        for (var row = 0; row < 20; row++)
        {
            samples[row * 20 + 4] = float.NaN;
        }

        var surface = new TerrainSurface(new ElevationGrid(20, 20, samples, grid.Transform, grid.Kind));

        var path = new TerrainDescender(surface).Descend(new HillWalkerDescent(), 150, 100, new DescentOptions { AlphaMetres = 10.0 });

        Assert.Equal(StopReason.EnteredVoid, path.Reason);
        Assert.True(path.Steps > 0);
        Assert.All(path.Vertices, v => Assert.True(double.IsFinite(v.ElevationMetres)));
    }

    [Fact]
    public void Descend_WithHugeAlpha_StopsWithoutNonFiniteVertices()
    {
        var options = new DescentOptions { AlphaMetres = 1e308, SeaLevelMetres = double.NegativeInfinity };

        var path = Bowl().Descend(new MomentumDescent(), 900, 150, options);

        Assert.Contains(path.Reason, new[] { StopReason.LeftRaster, StopReason.Diverged });
        Assert.All(path.Vertices, v => Assert.True(double.IsFinite(v.X) && double.IsFinite(v.Y)));
    }

    [Fact]
    public void Momentum_RollsThroughHollowThatStopsHillWalker()
    {
        // A long slope down to the west with a shallow dip part-way: the walker stops in the dip, the ball rolls on.
        var surface = new TerrainSurface(SyntheticGrids.Projected(400, 5, 10.0,
            (e, n) => 0.05 * e - 6.0 * Math.Exp(-Math.Pow((e - 2500) / 60.0, 2))));
        var descender = new TerrainDescender(surface);
        var options = new DescentOptions { AlphaMetres = 2.0, Gamma = 0.99, SeaLevelMetres = double.NegativeInfinity };

        var walker = descender.Descend(new HillWalkerDescent(), 3800, 20, options);
        var ball = descender.Descend(new MomentumDescent(), 3800, 20, options);

        Assert.Equal(StopReason.Stalled, walker.Reason);
        Approx.AssertClose(2500, walker.End.X, 60, "walker ends in the dip");
        Assert.True(ball.End.X < 1000, $"ball rolls past the dip, ended at {ball.End.X}");
    }

    [Fact]
    public void Run_WithGradientTolerance_StopsConvergedOnceSlopeIsBelowIt()
    {
        var objective = FunctionObjective.WithAnalyticGradient(1, x => x[0] * x[0], (x, g) => g[0] = 2 * x[0]);
        var options = StallFreeOptions.For(maxSteps: 1000, alpha: 0.25, gradientTolerance: 1e-3);

        var trace = DescentRunner.Run(objective, new HillWalkerDescent(), [1.0], options);

        // xₖ = 0.5ᵏ, |f′| = 2·0.5ᵏ < 1e-3 first at k = 11.
        Assert.Equal(StopReason.Converged, trace.Reason);
        Assert.Equal(11, trace.Steps);
        Assert.Equal("converged", trace.Reason.ToName());
    }

    [Theory]
    [InlineData(0.0, 0.9, 10, "alpha")]
    [InlineData(double.NaN, 0.9, 10, "alpha")]
    [InlineData(1.0, 1.0, 10, "gamma")]
    [InlineData(1.0, -0.1, 10, "gamma")]
    [InlineData(1.0, 0.9, 0, "max steps")]
    public void Validate_RejectsOutOfRangeParameters(double alpha, double gamma, int maxSteps, string named)
    {
        var options = new DescentOptions { AlphaMetres = alpha, Gamma = gamma, MaxSteps = maxSteps };

        Assert.Contains(named, options.Validate());
    }

    [Fact]
    public void Run_GrowingPastTheDivergenceMagnitude_EndsDivergedBeforeOverflow()
    {
        Assert.True(BuiltInFunctions.TryGet("saddle", out var saddle));

        // x² − y² from just off its ridge: y grows by 1.2 each step and f falls without bound.
        var trace = DescentRunner.Run(saddle.ToObjective(), new HillWalkerDescent(), [1.0, 0.01], DescentOptions.ForFunctions with { AlphaMetres = 0.1, MaxSteps = 100_000 });

        Assert.Equal(StopReason.Diverged, trace.Reason);
        Assert.True(trace.Steps < 2000, $"{trace.Steps} steps");
        Assert.All(trace.Values, v => Assert.True(Math.Abs(v) <= 1e100));
    }
}
