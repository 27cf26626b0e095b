using TerrainDescent.Core.Batch;

namespace TerrainDescent.Application.Batches;

/// <summary>What a finished batch reports: its size, per-method summaries and the first starts it could not descend from.</summary>
/// <param name="StartCount">Starts run.</param>
/// <param name="PathCount">Paths written (starts × methods).</param>
/// <param name="Summaries">One summary per method, in method order.</param>
/// <param name="Problems">The first bad starts, with their one-line reasons.</param>
/// <param name="ProblemCount">How many bad starts there were in all.</param>
public sealed record BatchReportData(
    int StartCount,
    int PathCount,
    IReadOnlyList<BatchSummary> Summaries,
    IReadOnlyList<(string Id, string Problem)> Problems,
    int ProblemCount);
