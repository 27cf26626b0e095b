using TerrainDescent.Core.Descent.LineSearch;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Descent.LineSearch;

public sealed class BrentMinimiserTests
{
    [Theory]
    [InlineData(0.3, 1.0)]
    [InlineData(7.5, 1.0)]
    [InlineData(0.002, 100.0)]
    public void Minimise_Parabola_FindsVertexToTolerance(double vertex, double initialStep)
    {
        double Phi(double a) => 5 + (a - vertex) * (a - vertex);

        var bracket = BrentMinimiser.Bracket(Phi, Phi(0), -2 * vertex, initialStep, 1e6);
        var (argument, value) = BrentMinimiser.Minimise(Phi, bracket);

        Assert.True(bracket.Encloses);
        Approx.AssertClose(vertex, argument, 1e-7 * vertex + 1e-9, "argmin");
        Approx.AssertClose(5.0, value, 1e-12, "min");
    }

    [Fact]
    public void Minimise_Quartic_BeatsGoldenSectionOnEvaluations()
    {
        var calls = 0;
        double Phi(double a)
        {
            calls++;
            return Math.Pow(a - 2, 4) + (a - 2) * (a - 2) - Math.Cos(a);
        }

        var bracket = BrentMinimiser.Bracket(Phi, Phi(0), double.NaN, 1.0, 100);
        calls = 0;
        var (argument, _) = BrentMinimiser.Minimise(Phi, bracket);

        // φ′(a) = 4(a − 2)³ + 2(a − 2) + sin a = 0 near a = 1.7; golden section would need ~40 calls for 1e-8.
        var derivative = 4 * Math.Pow(argument - 2, 3) + 2 * (argument - 2) + Math.Sin(argument);
        Approx.AssertClose(0.0, derivative, 1e-6, "φ′ at the minimum");
        Assert.True(calls < 25, $"took {calls} evaluations");
    }

    [Fact]
    public void Bracket_WithWallAtInfinity_StaysShortOfTheWall()
    {
        // φ falls towards a = 3 but is +∞ (off the raster, a void) from a = 2 on.
        static double Phi(double a) => a >= 2 ? double.PositiveInfinity : (a - 3) * (a - 3);

        var bracket = BrentMinimiser.Bracket(Phi, Phi(0), -6, 10.0, 100);
        var (argument, _) = bracket.Encloses ? BrentMinimiser.Minimise(Phi, bracket) : (bracket.Middle, bracket.MiddleValue);

        Assert.True(argument < 2, $"ended at {argument}");
        Assert.True(argument > 1.9, $"ended at {argument}, short of the wall by more than a bracket step");
    }

    [Fact]
    public void Bracket_StillFallingAtCap_ReturnsTheCapUnenclosed()
    {
        static double Phi(double a) => -a;

        var bracket = BrentMinimiser.Bracket(Phi, 0, -1, 1.0, 50);

        Assert.False(bracket.Encloses);
        Assert.Equal(50, bracket.Middle);
    }

    [Fact]
    public void Bracket_TrialOnRidgeBetweenHollows_EnclosesTheNearerOne()
    {
        // Hollows at a = 1 (shallow) and a = 6 (deep), a ridge between; the first trial a = 3 lands on the ridge.
        static double Phi(double a) => -Math.Exp(-(a - 1) * (a - 1)) - 3 * Math.Exp(-(a - 6) * (a - 6));

        var bracket = BrentMinimiser.Bracket(Phi, Phi(0), double.NaN, 3.0, 100);
        var (argument, _) = BrentMinimiser.Minimise(Phi, bracket);

        Approx.AssertClose(1.0, argument, 0.01, "the nearer hollow");
    }
}
