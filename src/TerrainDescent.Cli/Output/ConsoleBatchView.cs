using TerrainDescent.Application.Batches;
using TerrainDescent.Core.Batch;

namespace TerrainDescent.Cli.Output;

/// <summary>A batch shown on the terminal: its lines on standard output, its progress by <see cref="ProgressDisplay"/>.</summary>
public sealed class ConsoleBatchView : IBatchView
{
    /// <inheritdoc />
    public void Report(string line) => Console.WriteLine(line);

    /// <inheritdoc />
    public T Track<T>(string label, int total, Func<IProgress<BatchProgress>, T> work) => ProgressDisplay.Run(label, total, work);
}
