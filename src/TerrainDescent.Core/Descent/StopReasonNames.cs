namespace TerrainDescent.Core.Descent;

/// <summary>The kebab-case names of stop reasons used in every output (CLI, GeoJSON, CSV, HTTP).</summary>
public static class StopReasonNames
{
    /// <summary>The output name of <paramref name="reason"/>, for example <c>sea-level</c>.</summary>
    public static string ToName(this StopReason reason) => reason switch
    {
        StopReason.SeaLevel => "sea-level",
        StopReason.Stalled => "stalled",
        StopReason.MaxSteps => "max-steps",
        StopReason.LeftRaster => "left-raster",
        StopReason.EnteredVoid => "entered-void",
        StopReason.Diverged => "diverged",
        StopReason.Converged => "converged",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>All reasons in a fixed order, for summaries.</summary>
    public static IReadOnlyList<StopReason> All { get; } = Enum.GetValues<StopReason>();
}
