using System.Globalization;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;
using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Descent;

/// <summary>
/// Steepest descent with exact (Brent) line search against the tutorial's printed figures; scripts/exact_line_search_reference.py
/// reproduces them with SciPy's <c>minimize_scalar</c> at its defaults.
/// </summary>
public sealed class ExactLineSearchDescentTests
{
    private static DescentOptions Tutorial(int maxSteps) => StallFreeOptions.For(maxSteps, gradientTolerance: 1e-5);

    [Fact]
    public void Descend_QuadraticFromZeroOne_ReproducesTheTutorialDigits()
    {
        Assert.True(BuiltInFunctions.TryGet("quadratic", out var quadratic));

        var trace = DescentRunner.Run(quadratic.ToObjective(), new ExactLineSearchDescent(), [0.0, 1.0], Tutorial(1000));

        // The tutorial prints [-0.99999701 -0.07142863] and 0.964285714295; SciPy 1.10.1 ends at exactly these
        // doubles with k = 12 (scripts/exact_line_search_reference.py).
        Assert.Equal(StopReason.Converged, trace.Reason);
        Assert.Equal(-0.9999970077013121, trace.End[0]);
        Assert.Equal(-0.0714286289789973, trace.End[1]);
        Assert.Equal("-0.99999701 -0.07142863", string.Create(CultureInfo.InvariantCulture, $"{trace.End[0]:F8} {trace.End[1]:F8}"));
        Assert.Equal("0.964285714295", trace.EndValue.ToString("F12", CultureInfo.InvariantCulture));
        Assert.Equal(0.9642857142946912, trace.EndValue);
        Assert.Equal(12, trace.Iterations);
        Assert.Equal(11, trace.Steps);
    }

    [Fact]
    public void Descend_RosenbrockFromMinusTwo_TakesTheTutorialsElevenThousandNineHundredNinetyIterations()
    {
        Assert.True(BuiltInFunctions.TryGet("rosenbrock", out var rosenbrock));

        var trace = DescentRunner.Run(rosenbrock.ToObjective(), new ExactLineSearchDescent(), [-2.0, -2.0], Tutorial(20_000));

        // The tutorial prints 11,990 iterations and x = [0.9999912, 0.99998234]; SciPy 1.10.1 (rosen, rosen_der,
        // minimize_scalar) ends at exactly these doubles after 11,989 line searches.
        Assert.Equal(StopReason.Converged, trace.Reason);
        Assert.Equal(11_990, trace.Iterations);
        Assert.Equal(0.9999911956768985, trace.End[0]);
        Assert.Equal(0.9999823415113582, trace.End[1]);
        Assert.Equal(7.776530546515827e-11, trace.EndValue);
        Assert.Equal("0.99999120 0.99998234", string.Create(CultureInfo.InvariantCulture, $"{trace.End[0]:F8} {trace.End[1]:F8}"));
    }

    [Fact]
    public void Descend_InBowl_ReachesFloorInOneStep()
    {
        Assert.True(BuiltInFunctions.TryGet("sphere", out var sphere));

        var trace = DescentRunner.Run(sphere.ToObjective(), new ExactLineSearchDescent(), [3.0, -4.0], StallFreeOptions.For(1));

        // On a round bowl the steepest line passes through the centre, so one exact search lands on it.
        Approx.AssertClose(0.0, trace.End[0], 1e-7, "x");
        Approx.AssertClose(0.0, trace.End[1], 1e-7, "y");
    }

    [Fact]
    public void Descend_OnPlaneTowardsEdge_StopsWithLeftRasterNotCreeping()
    {
        // φ falls all the way to the west edge and is +∞ beyond it: each search ends just short of the edge,
        // then, pinned there, the path steps off and the runner reports it.
        var surface = new TerrainSurface(SyntheticGrids.Projected(20, 20, 10.0, (e, n) => 100 + 0.5 * e));

        var path = new TerrainDescender(surface).Descend(new ExactLineSearchDescent(), 150, 100, new DescentOptions());

        Assert.Equal(StopReason.LeftRaster, path.Reason);
        Assert.True(path.Steps < 10, $"took {path.Steps} steps");
        Approx.AssertClose(0.0, path.End.X, 1e-3, "ends at the west edge");
    }
}
