using TerrainDescent.Core.Descent;

namespace TerrainDescent.TestSupport;

/// <summary>
/// Options that switch off every stop rule but the step budget (and an optional gradient tolerance), so a run
/// takes exactly the iterations a published reference loop takes.
/// </summary>
public static class StallFreeOptions
{
    /// <summary>
    /// <paramref name="maxSteps"/> steps of size factor <paramref name="alpha"/>, no stall rules, no sea level.
    /// </summary>
    public static DescentOptions For(int maxSteps, double alpha = DescentOptions.DefaultAlphaMetres, double gradientTolerance = 0) =>
        DescentOptions.ForFunctions with
        {
            AlphaMetres = alpha,
            MaxSteps = maxSteps,
            GradientToleranceInfinityNorm = gradientTolerance,
        };
}
