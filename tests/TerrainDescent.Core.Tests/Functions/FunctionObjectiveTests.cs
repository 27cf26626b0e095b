using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Functions;

public sealed class FunctionObjectiveTests
{
    [Theory]
    [InlineData(1.0, 2.0)]
    [InlineData(-0.3, 0.7)]
    public void Gradient_CentralDifference_MatchesAnalyticToOrderHSquared(double x, double y)
    {
        // f = x³ y + sin y: ∂f/∂x = 3x² y, ∂f/∂y = x³ + cos y; central-difference error ~ h²·f‴/6.
        var objective = FunctionObjective.WithNumericalGradient(2, p => p[0] * p[0] * p[0] * p[1] + Math.Sin(p[1]), stepH: 1e-4);
        Span<double> gradient = stackalloc double[2];

        objective.Gradient([x, y], gradient);

        Approx.AssertClose(3 * x * x * y, gradient[0], 1e-7, "∂f/∂x");
        Approx.AssertClose(x * x * x + Math.Cos(y), gradient[1], 1e-7, "∂f/∂y");
        Assert.False(objective.HasAnalyticGradient);
        Assert.Equal(1e-4, objective.StepH);
    }

    [Fact]
    public void Move_IsPlainVectorAddition()
    {
        var objective = FunctionObjective.WithNumericalGradient(3, p => 0.0);
        Span<double> destination = stackalloc double[3];

        objective.Move([1.0, 2.0, 3.0], [0.5, -1.0, 0.25], destination);

        Assert.Equal([1.5, 1.0, 3.25], destination.ToArray());
    }

    [Theory]
    [InlineData(4.0)]
    [InlineData(-1.0)]
    public void Locate_IsInsideEvenWhereTheValueIsNotFinite(double x)
    {
        var objective = FunctionObjective.WithNumericalGradient(1, p => Math.Sqrt(p[0]));

        Assert.Equal(PointStatus.Inside, objective.Locate([x]));
    }

    [Fact]
    public void Descend_BlowingUp_EndsDivergedNotEnteredVoid()
    {
        Assert.True(BuiltInFunctions.TryGet("rosenbrock", out var rosenbrock));

        var trace = DescentRunner.Run(rosenbrock.ToObjective(), new HillWalkerDescent(), [-2.0, -2.0], DescentOptions.ForFunctions with { AlphaMetres = 0.01, MaxSteps = 1000 });

        Assert.Equal(StopReason.Diverged, trace.Reason);
    }

    [Fact]
    public void WithNumericalGradient_NonPositiveStep_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FunctionObjective.WithNumericalGradient(1, p => p[0], stepH: 0));
    }
}
