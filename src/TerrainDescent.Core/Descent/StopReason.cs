namespace TerrainDescent.Core.Descent;

/// <summary>Why a descent path ended.</summary>
public enum StopReason
{
    /// <summary>The value fell below the sea-level threshold (the path reached the sea).</summary>
    SeaLevel,

    /// <summary>The steps and the slope became negligible, or the path stopped making progress: a local minimum.</summary>
    Stalled,

    /// <summary>The step budget ran out while the path was still descending.</summary>
    MaxSteps,

    /// <summary>The next step would leave the raster (the domain).</summary>
    LeftRaster,

    /// <summary>The next step would enter a void (no data), or the start is beside one.</summary>
    EnteredVoid,

    /// <summary>A value, gradient or step became non-finite.</summary>
    Diverged,

    /// <summary>The gradient fell below <see cref="DescentOptions.GradientToleranceInfinityNorm"/>: a stationary point.</summary>
    Converged,
}
