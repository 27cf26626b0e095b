using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Descent;

public sealed class NesterovDescentTests
{
    [Fact]
    public void Step_ReadsTheSlopeAtTheLookAheadPoint()
    {
        // f = x²/2 (∇f = x), α = 0.1, γ = 0.9, x₀ = 10:
        // v₁ = 0.1·10 = 1, x₁ = 9; look-ahead 9 − 0.9 = 8.1, v₂ = 0.9 + 0.1·8.1 = 1.71, x₂ = 7.29.
        var objective = FunctionObjective.WithAnalyticGradient(1, x => 0.5 * x[0] * x[0], (x, g) => g[0] = x[0]);
        var options = StallFreeOptions.For(maxSteps: 2, alpha: 0.1) with { Gamma = 0.9 };

        var trace = DescentRunner.Run(objective, new NesterovDescent(), [10.0], options);

        Approx.AssertClose(9.0, trace.Position(1)[0], 1e-12, "x₁");
        Approx.AssertClose(7.29, trace.Position(2)[0], 1e-12, "x₂");
    }

    [Fact]
    public void Run_InNarrowValley_OvershootsLessThanMomentum()
    {
        var objective = FunctionObjective.WithAnalyticGradient(
            2, x => x[0] * x[0] + 50 * x[1] * x[1], (x, g) => { g[0] = 2 * x[0]; g[1] = 100 * x[1]; });
        var options = StallFreeOptions.For(maxSteps: 200, alpha: 0.005) with { Gamma = 0.9 };

        var nesterov = DescentRunner.Run(objective, new NesterovDescent(), [10.0, 1.0], options);
        var momentum = DescentRunner.Run(objective, new MomentumDescent(), [10.0, 1.0], options);

        Assert.True(nesterov.EndValue < momentum.EndValue, $"nesterov {nesterov.EndValue}, momentum {momentum.EndValue}");
    }
}
