using Spectre.Console;
using Spectre.Console.Rendering;
using static System.FormattableString;

namespace TerrainDescent.Cli.Output;

/// <summary>
/// A progress column showing one time with what it is, for example "elapsed 0:01:05" or "left 0:00:40", so the
/// two times of the bar cannot be taken for each other.
/// </summary>
public sealed class LabelledTimeColumn(string label, Func<ProgressTask, TimeSpan?> time) : ProgressColumn
{
    /// <summary>Time since the batch started.</summary>
    public static LabelledTimeColumn Elapsed() => new("elapsed", task => task.ElapsedTime);

    /// <summary>Time the batch still needs at its current rate.</summary>
    public static LabelledTimeColumn Remaining() => new("left", task => task.IsFinished ? TimeSpan.Zero : task.RemainingTime);

    /// <inheritdoc />
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        time(task) is { } value
            ? new Text(Invariant($"{label} {Format(value)}"), new Style(Color.Blue))
            : new Text($"{label} -:--:--", new Style(Color.Grey));

    /// <summary>Hours, minutes and seconds: 0:01:05; days are counted in the hours.</summary>
    public static string Format(TimeSpan value) =>
        Invariant($"{(int)value.TotalHours}:{value.Minutes:00}:{value.Seconds:00}");
}
