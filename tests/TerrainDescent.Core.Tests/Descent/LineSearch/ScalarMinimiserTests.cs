using TerrainDescent.Core.Descent.LineSearch;

namespace TerrainDescent.Core.Tests.Descent.LineSearch;

/// <summary>Against SciPy 1.10.1's <c>minimize_scalar</c> and <c>bracket</c> run on the same functions.</summary>
public sealed class ScalarMinimiserTests
{
    [Fact]
    public void TryMinimise_Quartic_ReturnsSciPysDoubleExactly()
    {
        // minimize_scalar(lambda a: (a - 2)**4 + (a - 2)**2 - math.cos(a)) → x = 1.614797438650533, nfev = 15.
        var calls = 0;
        double Phi(double a)
        {
            calls++;
            return Math.Pow(a - 2, 4) + Math.Pow(a - 2, 2) - Math.Cos(a);
        }

        Assert.True(ScalarMinimiser.TryMinimise(Phi, out var argument, out var value));

        Assert.Equal(1.614797438650533, argument);
        Assert.Equal(Math.Pow(argument - 2, 4) + Math.Pow(argument - 2, 2) - Math.Cos(argument), value);
        Assert.Equal(15, calls);
    }

    [Fact]
    public void TryBracket_RisingFromZero_SearchesTheNegativeSide()
    {
        // bracket(lambda a: (a + 3)**2) from (0, 1) walks downhill to negative a: (-1.618034, -3.0, -5.2360679748439996).
        Assert.True(ScalarMinimiser.TryBracket(a => (a + 3) * (a + 3), 0, 1, out var bracket));

        Assert.Equal(-1.618034, bracket.Lower);
        Assert.Equal(-3.0, bracket.Middle);
        Assert.Equal(-5.2360679748439996, bracket.Upper);
    }

    [Fact]
    public void TryMinimise_FallingForever_GivesNoFiniteArgumentLikeSciPy()
    {
        // SciPy: minimize_scalar(lambda a: -a) ends with x = nan ("NaN result encountered").
        ScalarMinimiser.TryMinimise(a => -a, out var argument, out _);

        Assert.False(double.IsFinite(argument));
    }
}
