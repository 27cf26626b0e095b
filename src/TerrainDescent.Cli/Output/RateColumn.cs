using Spectre.Console;
using Spectre.Console.Rendering;
using static System.FormattableString;

namespace TerrainDescent.Cli.Output;

/// <summary>A progress column showing the task's rate, for example "1,234 descents/s".</summary>
internal sealed class RateColumn(string unit) : ProgressColumn
{
    /// <inheritdoc />
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        task.Speed is { } perSecond
            ? new Text(Invariant($"{perSecond:N0} {unit}/s"), new Style(Color.Blue))
            : new Text(Invariant($"- {unit}/s"), new Style(Color.Grey));
}
