using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Descent;

/// <summary>
/// Plain gradient descent against the published figures of the standard NumPy tutorial loops
/// (<c>x = x − α·grad(x)</c>, central differences <c>(f(x+h) − f(x−h)) / (2*h)</c>), to every digit printed.
/// </summary>
public sealed class HillWalkerDescentTests
{
    [Fact]
    public void Descend_ParabolaFromTen_ReproducesPublishedFigures()
    {
        Assert.True(BuiltInFunctions.TryGet("parabola", out var parabola));
        var options = StallFreeOptions.For(maxSteps: 400, alpha: 0.01);

        var trace = DescentRunner.Run(parabola.ToObjective(), new HillWalkerDescent(), [10.0], options);

        Assert.Equal(StopReason.MaxSteps, trace.Reason);
        Assert.Equal(400, trace.Steps);
        Assert.Equal(2.0024746869264467, trace.End[0]);
        Assert.Equal(6.124075383695526e-06, trace.EndValue);
        Assert.Equal(3.06, Math.Round(trace.Position(100)[0], 2));
        Assert.Equal(1.13, Math.Round(trace.Values[100], 2));
    }

    [Fact]
    public void Descend_SphereWithCentralDifferences_ReproducesPublishedFigures()
    {
        Assert.True(BuiltInFunctions.TryGet("sphere", out var sphere));
        var options = StallFreeOptions.For(maxSteps: 400, alpha: 0.02);

        var trace = DescentRunner.Run(sphere.ToObjective(numericalStepH: 1e-5), new HillWalkerDescent(), [2.0, 2.0], options);

        // NumPy prints the array to 9 significant digits and the value with repr.
        Assert.Equal(400, trace.Steps);
        Assert.Equal(1.62003058e-07, RoundSignificant(trace.End[0], 9));
        Assert.Equal(1.62003058e-07, RoundSignificant(trace.End[1], 9));
        Assert.Equal(5.248998137230217e-14, trace.EndValue);
    }

    [Fact]
    public void Descend_Coupled3dWithCentralDifferences_ReproducesPublishedFigures()
    {
        Assert.True(BuiltInFunctions.TryGet("coupled-3d", out var coupled));
        var options = StallFreeOptions.For(maxSteps: 400, alpha: 0.05);

        var trace = DescentRunner.Run(coupled.ToObjective(numericalStepH: 1e-5), new HillWalkerDescent(), [2.0, -5.0, 7.0], options);

        Assert.Equal(400, trace.Steps);
        Assert.Equal(1.0, RoundSignificant(trace.End[0], 9));
        Assert.Equal(-7.37243155e-09, RoundSignificant(trace.End[1], 9));
        Assert.Equal(7.37237427e-09, RoundSignificant(trace.End[2], 9));
        Assert.Equal(-1.0, trace.EndValue);
    }

    private static double RoundSignificant(double value, int digits) =>
        double.Parse(value.ToString("E" + (digits - 1), System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
}
