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
        Assert.False(BuiltInFunctions.TryGet("ackley", out _));
    }
}
