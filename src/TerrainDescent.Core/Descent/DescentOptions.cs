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

        if (MaxSteps < 1)
        {
            return $"max steps must be at least 1, not {MaxSteps}";
        }

        return null;
    }
}
