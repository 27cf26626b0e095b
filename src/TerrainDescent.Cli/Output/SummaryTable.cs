using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Descent;
using static System.FormattableString;

namespace TerrainDescent.Cli.Output;

/// <summary>The per-method summary table printed by <c>batch</c>.</summary>
public static class SummaryTable
{
    /// <summary>
    /// One row per method: starts, bad starts, share ending at sea level, median steps and ground length (over the
    /// starts on valid data), and how many paths ended for each reason that ended any. Headers are stacked on two
    /// lines; with many end reasons the reason counts stack under the medians at 80 columns (see <see cref="TextTable"/>).
    /// </summary>
    public static TextTable Create(IEnumerable<BatchSummary> summaries)
    {
        var list = summaries.ToList();
        var reasons = StopReasonNames.All.Where(r => list.Any(s => s.CountOf(r) > 0)).ToList();
        (string, bool)[] columns =
        [
            ("method", false),
            ("starts", true),
            ("bad\nstarts", true),
            ("to sea\nlevel", true),
            ("median\nsteps", true),
            ("median\nlength m", true),
            .. reasons.Select(r => (r.ToName().Replace('-', '\n'), true)),
        ];
        var table = new TextTable(columns);
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
