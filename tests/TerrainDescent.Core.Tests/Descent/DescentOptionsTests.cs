using TerrainDescent.Core.Descent;

namespace TerrainDescent.Core.Tests.Descent;

public sealed class DescentOptionsTests
{
    public static TheoryData<DescentOptions, string> InvalidOptions => new()
    {
        { new DescentOptions { GradientToleranceInfinityNorm = -1 }, "gradient tolerance" },
        { new DescentOptions { AdaptiveStepMetres = 0 }, "adaptive step" },
        { new DescentOptions { Beta1 = 1.0 }, "beta1" },
        { new DescentOptions { Beta2 = -0.1 }, "beta2" },
        { new DescentOptions { DecayRate = double.NaN }, "decay rate" },
        { new DescentOptions { EpsilonStability = 0 }, "epsilon" },
        { new DescentOptions { LineSearchInitialAlphaMetres = double.PositiveInfinity }, "line-search initial step" },
        { new DescentOptions { LineSearchMaxStepMetres = 0 }, "line-search maximum step" },
        { new DescentOptions { ArmijoC = 1.0 }, "armijo c" },
        { new DescentOptions { BacktrackFactor = 0 }, "backtrack factor" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Validate_RejectsOutOfRangeMethodParameters(DescentOptions options, string named)
    {
        Assert.Contains(named, options.Validate());
    }

    [Fact]
    public void Validate_Defaults_AreValid()
    {
        Assert.Null(new DescentOptions().Validate());
    }
}
