using TerrainDescent.Core.Batch;

namespace TerrainDescent.Core.Tests.Batch;

/// <summary>Compares summaries by value, including their reason counts (records compare lists by reference).</summary>
internal sealed class SummaryComparer : IEqualityComparer<BatchSummary>
{
    public static SummaryComparer Instance { get; } = new();

    public bool Equals(BatchSummary? x, BatchSummary? y) =>
        x is not null && y is not null
        && (x with { ReasonCounts = [] }) == (y with { ReasonCounts = [] })
        && x.ReasonCounts.SequenceEqual(y.ReasonCounts);

    public int GetHashCode(BatchSummary obj) => obj.Method.GetHashCode(StringComparison.Ordinal);
}
