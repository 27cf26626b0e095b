using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Functions;

public sealed class BuiltInFunctionsTests
{
    public static TheoryData<string> Names => [.. BuiltInFunctions.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void KnownMinima_HaveTheMinimumValueAndZeroGradient(string name)
    {
        Assert.True(BuiltInFunctions.TryGet(name, out var function));
        var objective = function.ToObjective();
        Span<double> gradient = stackalloc double[function.Dimension];

        foreach (var minimum in function.KnownMinima)
        {
            objective.Gradient(minimum, gradient);

            // Himmelblau's three other minima are published to 6 decimals only.
            Approx.AssertClose(function.MinimumValue, objective.Value(minimum), 1e-9, $"{name} minimum value");
            Assert.All(gradient.ToArray(), g => Approx.AssertClose(0.0, g, 1e-4, $"{name} gradient at minimum"));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void AnalyticGradient_AgreesWithCentralDifferences(string name)
    {
        Assert.True(BuiltInFunctions.TryGet(name, out var function));
        var analytic = new double[function.Dimension];
        var numerical = new double[function.Dimension];
        var point = function.SuggestedStart.Select((s, i) => s + 0.37 * (i + 1)).ToArray();

        function.ToObjective().Gradient(point, analytic);
        function.ToObjective(numericalStepH: 1e-6).Gradient(point, numerical);

        for (var i = 0; i < point.Length; i++)
        {
            Approx.AssertClose(numerical[i], analytic[i], 1e-5 * Math.Max(1, Math.Abs(numerical[i])), $"{name} ∂f/∂x{i}");
        }
    }

    [Fact]
    public void TryGet_IsCaseInsensitiveAndRejectsUnknownNames()
    {
        Assert.True(BuiltInFunctions.TryGet(" Rosenbrock ", out var rosenbrock));
        Assert.Equal("rosenbrock", rosenbrock.Name);
        Assert.False(BuiltInFunctions.TryGet("griewank", out _));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Defaults_ConvergeFromTheSuggestedStart(string name)
    {
        Assert.True(BuiltInFunctions.TryGet(name, out var function));
        Assert.True(DescentMethods.TryGet(function.Defaults.MethodName, out var method));
        var options = function.Defaults.ApplyTo(DescentOptions.ForFunctions, _ => false);

        var trace = DescentRunner.Run(function.ToObjective(), method, function.SuggestedStart, options);

        // Ackley's minimum is a cone's tip, where the gradient never vanishes: the line search stalls on it.
        Assert.Contains(trace.Reason, new[] { StopReason.Converged, StopReason.Stalled });
        var target = function.KnownMinima.Count > 0 ? function.KnownMinima[0] : [0.0, 0.0];
        for (var i = 0; i < function.Dimension; i++)
        {
            Approx.AssertClose(target[i], trace.End[i], 1e-4, $"{name} x{i}");
        }
    }

    [Fact]
    public void Defaults_LeaveEveryGivenSettingAlone()
    {
        Assert.True(BuiltInFunctions.TryGet("rosenbrock", out var rosenbrock));
        var given = DescentOptions.ForFunctions with { AlphaMetres = 0.5, MaxSteps = 7 };

        var options = rosenbrock.Defaults.ApplyTo(given, name => name is "alpha" or "maxIterations");

        Assert.Equal(0.5, options.AlphaMetres);
        Assert.Equal(7, options.MaxSteps);
        Assert.Equal(0.0, options.GradientToleranceInfinityNorm);
        Assert.Equal(rosenbrock.Defaults.Eta, options.AdaptiveStepMetres);
    }

    [Theory]
    [InlineData("rastrigin", 1.0, 2.0, 5.0)]
    [InlineData("ackley", 1.0, 0.0, 2.637531092108304)]
    [InlineData("saddle", 3.0, 2.0, 5.0)]
    [InlineData("goldstein-price", 0.0, -1.0, 3.0)]
    [InlineData("goldstein-price", 0.0, 0.0, 600.0)]
    public void Value_MatchesTheTextbookFormula(string name, double x, double y, double expected)
    {
        Assert.True(BuiltInFunctions.TryGet(name, out var function));

        Approx.AssertClose(expected, function.Value([x, y]), 1e-12, name);
    }
}
