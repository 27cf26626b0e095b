using Spectre.Console;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Descent;
using static System.FormattableString;

namespace TerrainDescent.Cli.Output;

/// <summary>The per-method summary table printed by <c>batch</c>.</summary>
public static class SummaryTable
{
    /// <summary>
    /// One row per method: starts, bad starts, share ending at sea level, median steps and ground length (over the
    /// starts on valid data), and how many paths ended for each reason.
    /// </summary>
    public static Table Create(IEnumerable<BatchSummary> summaries)
    {
        var table = new Table()
            .AddColumn("method")
            .AddColumn(new TableColumn("starts").RightAligned())
            .AddColumn(new TableColumn("bad starts").RightAligned())
            .AddColumn(new TableColumn("to sea level").RightAligned())
            .AddColumn(new TableColumn("median steps").RightAligned())
            .AddColumn(new TableColumn("median length m").RightAligned());
        foreach (var reason in StopReasonNames.All)
        {
            table.AddColumn(new TableColumn(reason.ToName()).RightAligned());
        }

        foreach (var summary in summaries)
        {
            var cells = new List<string>
            {
                summary.Method,
                Invariant($"{summary.Count}"),
                Invariant($"{summary.Problems}"),
                double.IsNaN(summary.SeaLevelShare) ? "-" : Invariant($"{100 * summary.SeaLevelShare:F1} %"),
                double.IsNaN(summary.MedianSteps) ? "-" : Invariant($"{summary.MedianSteps:F0}"),
                double.IsNaN(summary.MedianGroundLengthMetres) ? "-" : Invariant($"{summary.MedianGroundLengthMetres:F0}"),
            };
            cells.AddRange(summary.ReasonCounts.Select(pair => Invariant($"{pair.Value}")));
            table.AddRow(cells.ToArray());
        }

        return table;
    }
}
