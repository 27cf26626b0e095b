using TerrainDescent.Core.Batch;

namespace TerrainDescent.Application.Batches;

/// <summary>
/// What a batch shows its user while it runs, wherever it runs: lines of information (what is being run, what was
/// done) and the progress of its descents. The command line shows them on the terminal; a test may collect them.
/// </summary>
public interface IBatchView
{
    /// <summary>Shows one line of information.</summary>
    void Report(string line);

    /// <summary>Runs <paramref name="work"/>, showing its progress towards <paramref name="total"/> descents under <paramref name="label"/>.</summary>
    T Track<T>(string label, int total, Func<IProgress<BatchProgress>, T> work);
}
