using System.Text;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.IO;
using static System.FormattableString;

namespace TerrainDescent.Cli.Output;

/// <summary>
/// Writes the per-method summary of a batch as CSV, invariant culture, one row per method: method, starts,
/// descended, bad_starts, sea_level_share (0..1), median_steps, median_ground_length_m, then one count column per end
/// reason (sea_level, stalled, max_steps, left_raster, entered_void, diverged). An empty cell means "no value" (no
/// start on valid data). The same summaries always give the same bytes.
/// </summary>
public static class SummaryCsv
{
    /// <summary>Writes <paramref name="path"/> atomically.</summary>
    public static void WriteFile(string path, IEnumerable<BatchSummary> summaries) =>
        AtomicFile.Write(path, stream =>
        {
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Format(summaries));
            stream.Write(bytes);
        });

    /// <summary>The CSV text, header first, lines ending in \n.</summary>
    public static string Format(IEnumerable<BatchSummary> summaries)
    {
        var text = new StringBuilder();
        text.Append("method,starts,descended,bad_starts,sea_level_share,median_steps,median_ground_length_m");
        foreach (var reason in StopReasonNames.All)
        {
            text.Append(',').Append(reason.ToName().Replace('-', '_'));
        }

        text.Append('\n');
        foreach (var summary in summaries)
        {
            text.Append(summary.Method)
                .Append(Invariant($",{summary.Count},{summary.Descended},{summary.Problems},"))
                .Append(Number(summary.SeaLevelShare, "F4")).Append(',')
                .Append(Number(summary.MedianSteps, "F1")).Append(',')
                .Append(Number(summary.MedianGroundLengthMetres, "F1"));
            foreach (var (_, count) in summary.ReasonCounts)
            {
                text.Append(Invariant($",{count}"));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Number(double value, string format) =>
        double.IsNaN(value) ? "" : value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
}
