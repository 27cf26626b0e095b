using ScottPlot;
using TerrainDescent.Cli.Commands;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;

namespace TerrainDescent.Cli.Output;

/// <summary>
/// The picture of <c>optimize --plot-value</c>: f − f* against iteration on a log axis, one line per method,
/// where f* is the known minimum value (or, when none is known, a little below the lowest value reached).
/// </summary>
public static class ValueHistoryPlot
{
    /// <summary>Width of the PNG in pixels.</summary>
    public const int WidthPixels = 1000;

    /// <summary>Height of the PNG in pixels.</summary>
    public const int HeightPixels = 600;

    /// <summary>Draws the plot and returns the PNG bytes.</summary>
    public static byte[] Render(BuiltInFunction function, IReadOnlyList<OptimizeRun> runs)
    {
        var lowest = runs.SelectMany(r => r.Trace.Values).Where(double.IsFinite).DefaultIfEmpty(0).Min();
        var reference = double.IsFinite(function.MinimumValue) ? Math.Min(function.MinimumValue, lowest) : lowest - 1e-12 * (1 + Math.Abs(lowest));
        var plot = new Plot();
        foreach (var run in runs)
        {
            var values = run.Trace.Values;
            var xs = new double[values.Count];
            var ys = new double[values.Count];
            for (var i = 0; i < values.Count; i++)
            {
                xs[i] = i;
                // log₁₀ of the gap to f*, floored at 10⁻³⁰⁰ so an exact hit stays on the axis.
                ys[i] = Math.Log10(Math.Max(values[i] - reference, 1e-300));
            }

            var line = plot.Add.ScatterLine(xs, ys, MethodColours.For(run.Method.Name));
            line.LineWidth = 2;
            line.MarkerSize = 0;
            line.LegendText = $"{run.Method.Name} ({run.Trace.Iterations} it., {run.Trace.Reason.ToName()})";
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => $"1e{y:N0}",
        };
        plot.Title(function.MinimumValue == 0 ? $"{function.Name}: f against iteration" : $"{function.Name}: f − f* against iteration");
        plot.XLabel("iteration");
        plot.YLabel(function.MinimumValue == 0 ? "f (log scale)"
            : double.IsFinite(function.MinimumValue) ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"f − ({function.MinimumValue:G6}) (log scale)")
            : "f − lowest f reached (log scale)");
        plot.ShowLegend(Alignment.UpperRight);
        return plot.GetImageBytes(WidthPixels, HeightPixels, ImageFormat.Png);
    }
}
