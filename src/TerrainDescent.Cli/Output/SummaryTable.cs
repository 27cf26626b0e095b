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
    /// starts on valid data), and how many paths ended for each reason that ended any. Borderless, with the
    /// headers stacked on two lines, so that a row fits 80 columns with up to four end reasons.
    /// </summary>
    public static Table Create(IEnumerable<BatchSummary> summaries)
    {
        var list = summaries.ToList();
        var reasons = StopReasonNames.All.Where(r => list.Any(s => s.CountOf(r) > 0)).ToList();
        var table = new Table()
            .Border(TableBorder.None)
            .AddColumn("method")
            .AddColumn(new TableColumn("starts").RightAligned())
            .AddColumn(new TableColumn("bad\nstarts").RightAligned())
            .AddColumn(new TableColumn("to sea\nlevel").RightAligned())
            .AddColumn(new TableColumn("median\nsteps").RightAligned())
            .AddColumn(new TableColumn("median\nlength m").RightAligned());
        foreach (var reason in reasons)
        {
            table.AddColumn(new TableColumn(reason.ToName().Replace('-', '\n')).RightAligned());
        }

        foreach (var column in table.Columns)
        {
            column.Padding(0, 0, 1, 0);
        }

        foreach (var summary in list)
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
            cells.AddRange(reasons.Select(r => Invariant($"{summary.CountOf(r)}")));
            table.AddRow(cells.ToArray());
        }

        return table;
    }
}
