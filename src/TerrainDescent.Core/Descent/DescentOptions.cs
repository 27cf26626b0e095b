namespace TerrainDescent.Core.Descent;

/// <summary>
/// The parameters of a descent, immutable and shared by every method (each reads the ones it uses).
/// Units are those of terrain; for a plain function read "metres" as "units of x" and "of f".
/// </summary>
public sealed record DescentOptions
{
    /// <summary>Default step factor: metres of step per unit slope.</summary>
    public const double DefaultAlphaMetres = 10.0;

    /// <summary>Default momentum factor γ.</summary>
    public const double DefaultGamma = 0.99;

    /// <summary>Default sea-level threshold in metres.</summary>
    public const double DefaultSeaLevelMetres = 4.0;

    /// <summary>Default step budget.</summary>
    public const int DefaultMaxSteps = 100_000;

    /// <summary>Default nominal step of the adaptive methods, in metres.</summary>
    public const double DefaultAdaptiveStepMetres = 10.0;

    /// <summary>Default first trial step of the line searches, in metres per unit slope.</summary>
    public const double DefaultLineSearchInitialAlphaMetres = 100.0;

    /// <summary>Default longest line-search step, in ground metres.</summary>
    public const double DefaultLineSearchMaxStepMetres = 1000.0;

    /// <summary>
    /// Options for minimising a plain function, as optimisation tutorials run it: the sea-level and stall rules
    /// are off, so a run ends only at the step budget, the gradient tolerance, or on divergence, and the exact
    /// line search is SciPy's <c>minimize_scalar</c>.
    /// </summary>
    public static DescentOptions ForFunctions { get; } = new()
    {
        SeaLevelMetres = double.NegativeInfinity,
        StallWindowSteps = 0,
        StallStepMetres = 0,
        StallSlope = 0,
        LineSearchBracketing = LineSearchBracketing.SciPy,
        DivergenceMagnitude = 1e100,
    };

    /// <summary>α: metres of step per unit slope (the learning rate); positive and finite.</summary>
    public double AlphaMetres { get; init; } = DefaultAlphaMetres;

    /// <summary>γ: the share of the previous velocity kept each step, in [0, 1).</summary>
    public double Gamma { get; init; } = DefaultGamma;

    /// <summary>A path stops with <see cref="StopReason.SeaLevel"/> once the value is below this; −∞ disables it.</summary>
    public double SeaLevelMetres { get; init; } = DefaultSeaLevelMetres;

    /// <summary>Largest number of steps; at least 1.</summary>
    public int MaxSteps { get; init; } = DefaultMaxSteps;

    /// <summary>
    /// Stalled when a step is shorter than this (metres) while the slope is below <see cref="StallSlope"/>.
    /// </summary>
    public double StallStepMetres { get; init; } = 1e-3;

    /// <summary>Slope (metres per metre) below which a short step counts as a stall.</summary>
    public double StallSlope { get; init; } = 1e-3;

    /// <summary>
    /// Stalled when the lowest value reached has not improved by <see cref="StallDropMetres"/> within this
    /// many steps (a path circling or oscillating in a hollow); 0 disables the rule.
    /// </summary>
    public int StallWindowSteps { get; init; } = 2_000;

    /// <summary>The improvement that resets the stall window, in metres.</summary>
    public double StallDropMetres { get; init; } = 0.01;

    /// <summary>
    /// Converged (<see cref="StopReason.Converged"/>) once the largest gradient component, ‖∇f‖∞ in metres per
    /// metre, is below this; 0 disables the rule (the default: on terrain the sea-level and stall rules decide).
    /// </summary>
    public double GradientToleranceInfinityNorm { get; init; }

    /// <summary>
    /// η: the nominal step of the adaptive methods (Adagrad, RMSProp, Adam), in metres per coordinate.
    /// They divide the gradient by its running root-mean-square, so a step is about η whatever the slope;
    /// 10 m is a third of an SRTM1 cell and a ninth of an SRTM3 cell.
    /// </summary>
    public double AdaptiveStepMetres { get; init; } = DefaultAdaptiveStepMetres;

    /// <summary>β₁: Adam's decay of the running mean of the gradient, in [0, 1).</summary>
    public double Beta1 { get; init; } = 0.9;

    /// <summary>β₂: Adam's decay of the running mean of the squared gradient, in [0, 1).</summary>
    public double Beta2 { get; init; } = 0.999;

    /// <summary>ρ: RMSProp's decay of the running mean of the squared gradient, in [0, 1).</summary>
    public double DecayRate { get; init; } = 0.9;

    /// <summary>ε: added to the root-mean-square slope (metres per metre) before dividing, so flats do not divide by zero.</summary>
    public double EpsilonStability { get; init; } = 1e-8;

    /// <summary>
    /// The first trial step of the line searches, as metres of displacement per unit slope (the same unit as α):
    /// Armijo backtracks from it, the exact search brackets from it. 100 moves 20 m on a 0.2 slope.
    /// </summary>
    public double LineSearchInitialAlphaMetres { get; init; } = DefaultLineSearchInitialAlphaMetres;

    /// <summary>
    /// The longest step a line search may take, as ground length in metres, so one step cannot leap across a
    /// valley into the next basin.
    /// </summary>
    public double LineSearchMaxStepMetres { get; init; } = DefaultLineSearchMaxStepMetres;

    /// <summary>
    /// Diverged (<see cref="StopReason.Diverged"/>) once |f| or any |xᵢ| exceeds this, before it overflows;
    /// +∞ (the default, for terrain) leaves only non-finite values to end a run that way.
    /// </summary>
    public double DivergenceMagnitude { get; init; } = double.PositiveInfinity;

    /// <summary>
    /// How the exact line search brackets its minimum: <see cref="LineSearchBracketing.Capped"/> on terrain (the
    /// default), <see cref="LineSearchBracketing.SciPy"/> for plain functions (<see cref="ForFunctions"/>).
    /// </summary>
    public LineSearchBracketing LineSearchBracketing { get; init; } = LineSearchBracketing.Capped;

    /// <summary>c: Armijo's sufficient-decrease share, in (0, 1): accept a when φ(a) ≤ φ(0) − c·a·‖∇f‖².</summary>
    public double ArmijoC { get; init; } = 1e-4;

    /// <summary>ρ: the factor a backtracking line search shrinks its trial step by, in (0, 1).</summary>
    public double BacktrackFactor { get; init; } = 0.5;

    /// <summary>
    /// Returns the first invalid parameter as a one-line message, or null when all are valid.
    /// </summary>
    public string? Validate()
    {
        if (!double.IsFinite(AlphaMetres) || AlphaMetres <= 0)
        {
            return $"alpha must be a positive finite number, not {AlphaMetres.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        }

        if (!(Gamma >= 0 && Gamma < 1))
        {
            return $"gamma must be in [0, 1), not {Gamma.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        }

        if (double.IsNaN(SeaLevelMetres) || double.IsPositiveInfinity(SeaLevelMetres))
        {
            return "sea level must be a finite number of metres";
        }

        if (!(DivergenceMagnitude > 0))
        {
            return $"divergence magnitude must be positive, not {Format(DivergenceMagnitude)}";
        }

        if (MaxSteps < 1)
        {
            return $"max steps must be at least 1, not {MaxSteps}";
        }

        return ValidateMethodParameters();
    }

    private string? ValidateMethodParameters()
    {
        if (!(GradientToleranceInfinityNorm >= 0) || double.IsPositiveInfinity(GradientToleranceInfinityNorm))
        {
            return $"gradient tolerance must be a finite number ≥ 0, not {Format(GradientToleranceInfinityNorm)}";
        }

        if (!double.IsFinite(AdaptiveStepMetres) || AdaptiveStepMetres <= 0)
        {
            return $"adaptive step must be a positive finite number of metres, not {Format(AdaptiveStepMetres)}";
        }

        foreach (var (name, value) in new[] { ("beta1", Beta1), ("beta2", Beta2), ("decay rate", DecayRate) })
        {
            if (!(value >= 0 && value < 1))
            {
                return $"{name} must be in [0, 1), not {Format(value)}";
            }
        }

        if (!double.IsFinite(EpsilonStability) || EpsilonStability <= 0)
        {
            return $"epsilon must be a positive finite number, not {Format(EpsilonStability)}";
        }

        if (!double.IsFinite(LineSearchInitialAlphaMetres) || LineSearchInitialAlphaMetres <= 0)
        {
            return $"line-search initial step must be a positive finite number, not {Format(LineSearchInitialAlphaMetres)}";
        }

        if (!(LineSearchMaxStepMetres > 0))
        {
            return $"line-search maximum step must be a positive number of metres, not {Format(LineSearchMaxStepMetres)}";
        }

        if (!(ArmijoC > 0 && ArmijoC < 1))
        {
            return $"armijo c must be in (0, 1), not {Format(ArmijoC)}";
        }

        if (!(BacktrackFactor > 0 && BacktrackFactor < 1))
        {
            return $"backtrack factor must be in (0, 1), not {Format(BacktrackFactor)}";
        }

        return null;
    }

    private static string Format(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
