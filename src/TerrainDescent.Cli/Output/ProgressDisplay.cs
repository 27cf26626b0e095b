using Spectre.Console;
using TerrainDescent.Cli.Commands;
using TerrainDescent.Core.Batch;
using static System.FormattableString;

namespace TerrainDescent.Cli.Output;

/// <summary>
/// Shows how far a batch has got: on a terminal, a live Spectre.Console progress bar with the rate, the time elapsed and the time left, each labelled; when
/// stdout is redirected (a log, a pipe, a test), plain lines <c>progress: 500/1000 (50%)</c> at most every 10%.
/// </summary>
public static class ProgressDisplay
{
    /// <summary>Whether stdout is an interactive terminal that can redraw a progress bar.</summary>
    public static bool IsInteractive => !Console.IsOutputRedirected && CommandGuard.Out.Profile.Capabilities.Interactive;

    /// <summary>Runs <paramref name="work"/> with a progress sink counting to <paramref name="total"/> descents.</summary>
    public static T Run<T>(string label, int total, Func<IProgress<BatchProgress>, T> work)
    {
        if (!IsInteractive)
        {
            return work(new PlainLines());
        }

        return CommandGuard.Out.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RateColumn("descents"),
                LabelledTimeColumn.Elapsed(),
                LabelledTimeColumn.Remaining(),
                new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(label), maxValue: Math.Max(1, total));
                var result = work(new Reporter(p => task.Value = p.Completed));
                task.Value = task.MaxValue;
                return result;
            });
    }

    /// <summary>Calls back on the reporting thread itself, in order (unlike <see cref="Progress{T}"/>, which posts).</summary>
    private sealed class Reporter(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }

    /// <summary>One line per tenth of the run; reports arrive in increasing order and never concurrently.</summary>
    private sealed class PlainLines : IProgress<BatchProgress>
    {
        private int _nextTenth = 1;

        public void Report(BatchProgress value)
        {
            var tenths = value.Total == 0 ? 0 : (int)(10L * value.Completed / value.Total);
            if (tenths < _nextTenth)
            {
                return;
            }

            _nextTenth = tenths + 1;
            Console.WriteLine(Invariant($"progress: {value.Completed}/{value.Total} ({100L * value.Completed / value.Total}%)"));
        }
    }
}
