using TerrainDescent.Core.Descent;

namespace TerrainDescent.Core.Batch;

/// <summary>
/// One method's results over every start of a batch. <see cref="Count"/> and <see cref="ReasonCounts"/> cover every
/// start; the share and the medians cover only the starts that lay on valid data (<see cref="Descended"/>), so that
/// starts off the raster or in voids do not pull them towards zero.
/// </summary>
/// <param name="Method">The method's output name.</param>
/// <param name="Count">Starts run, including those with a problem.</param>
/// <param name="Descended">Starts that lay on valid data.</param>
/// <param name="SeaLevelShare">Share of the descended paths ending at sea level, in [0, 1]; NaN when none descended.</param>
/// <param name="MedianSteps">Median number of steps of the descended paths; NaN when none descended.</param>
/// <param name="MedianGroundLengthMetres">Median ground length in metres of the descended paths; NaN when none descended.</param>
/// <param name="ReasonCounts">How many paths ended for each reason: every <see cref="StopReason"/>, in <see cref="StopReasonNames.All"/> order.</param>
public sealed record BatchSummary(
    string Method,
    int Count,
    int Descended,
    double SeaLevelShare,
    double MedianSteps,
    double MedianGroundLengthMetres,
    IReadOnlyList<KeyValuePair<StopReason, int>> ReasonCounts)
{
    /// <summary>Starts that were off the raster or in a void.</summary>
    public int Problems => Count - Descended;

    /// <summary>How many paths ended for <paramref name="reason"/>.</summary>
    public int CountOf(StopReason reason) => ReasonCounts.First(pair => pair.Key == reason).Value;

    /// <summary>Summarises the outcomes of one method; <paramref name="outcomes"/> may be empty.</summary>
    public static BatchSummary Of(string method, IReadOnlyCollection<BatchOutcome> outcomes)
    {
        var descended = outcomes.Where(o => o.Descended).Select(o => o.Path).ToList();
        var seaLevel = descended.Count(p => p.Reason == StopReason.SeaLevel);
        var reasonCounts = StopReasonNames.All
            .Select(reason => KeyValuePair.Create(reason, outcomes.Count(o => o.Path.Reason == reason)))
            .ToArray();
        return new BatchSummary(
            method,
            outcomes.Count,
            descended.Count,
            descended.Count == 0 ? double.NaN : (double)seaLevel / descended.Count,
            Median(descended.Select(p => (double)p.Steps)),
            Median(descended.Select(p => p.GroundLengthMetres)),
            reasonCounts);
    }

    /// <summary>The middle value, or the mean of the two middle values for an even count; NaN for none.</summary>
    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle]);
    }
}
