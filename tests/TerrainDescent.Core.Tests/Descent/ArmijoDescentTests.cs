using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;
using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Descent;

public sealed class ArmijoDescentTests
{
    [Fact]
    public void Run_OnRosenbrock_EveryStepDecreasesSufficiently()
    {
        Assert.True(BuiltInFunctions.TryGet("rosenbrock", out var rosenbrock));
        var objective = rosenbrock.ToObjective();
        var options = StallFreeOptions.For(maxSteps: 500) with { LineSearchInitialAlphaMetres = 1.0 };

        var trace = DescentRunner.Run(objective, new ArmijoDescent(), [-2.0, -2.0], options);

        var gradient = new double[2];
        for (var i = 1; i < trace.VertexCount; i++)
        {
            objective.Gradient(trace.Position(i - 1), gradient);
            var step = Math.Sqrt(Math.Pow(trace.Position(i)[0] - trace.Position(i - 1)[0], 2) + Math.Pow(trace.Position(i)[1] - trace.Position(i - 1)[1], 2));
            var slope = Math.Sqrt(gradient[0] * gradient[0] + gradient[1] * gradient[1]);

            // Step length = a·‖g‖, so the Armijo bound c·a·‖g‖² = c·step·‖g‖.
            Assert.True(trace.Values[i] <= trace.Values[i - 1] - 1e-4 * step * slope, $"step {i} decreases sufficiently");
        }

        Assert.True(trace.EndValue < 1.0);
    }

    [Fact]
    public void Descend_TowardsWideVoid_BacksOffToItsEdgeThenReportsEnteredVoid()
    {
        // A westward slope whose ten western columns are void. Trials in the void count as +∞, so the steps
        // shrink to the void's edge; there every trial fails and the runner reports the void.
        // (Like every method, a step may hop a void narrower than itself: the runner checks destinations only.)
        var grid = SyntheticGrids.Projected(40, 20, 10.0, (e, n) => 100 + 0.5 * e);
        var samples = grid.Elevations.ToArray();
        for (var row = 0; row < 20; row++)
        {
            Array.Fill(samples, float.NaN, row * 40, 10);
        }

        var descender = new TerrainDescender(new TerrainSurface(new ElevationGrid(40, 20, samples, grid.Transform, grid.Kind)));

        var path = descender.Descend(new ArmijoDescent(), 350, 100, new DescentOptions());

        Assert.Equal(StopReason.EnteredVoid, path.Reason);
        Assert.True(path.End.X >= 100 && path.End.X < 101, $"ends at the void's edge (100 m), at {path.End.X}");
        Assert.All(path.Vertices, v => Assert.True(double.IsFinite(v.ElevationMetres)));
    }
}
