namespace TerrainDescent.Core.Batch;

/// <summary>
/// Counts finished descents from many threads and passes on about one report per percent, plus the last one.
/// Counting is one interlocked increment; the lock is taken only at the ~100 reporting moments, and it keeps the
/// reports in increasing order and never concurrent.
/// </summary>
public sealed class ProgressThrottle(IProgress<BatchProgress>? progress, int total)
{
    private const int ReportsPerRun = 100;

    private readonly int _stride = Math.Max(1, total / ReportsPerRun);
    private readonly Lock _gate = new();
    private int _completed;
    private int _lastReported;

    /// <summary>Records one finished descent and reports when a stride boundary or the end is reached.</summary>
    public void Completed()
    {
        var completed = Interlocked.Increment(ref _completed);
        if (progress is null || (completed % _stride != 0 && completed != total))
        {
            return;
        }

        lock (_gate)
        {
            if (completed <= _lastReported)
            {
                return; // a later count was already reported by another thread
            }

            _lastReported = completed;
            progress.Report(new BatchProgress(completed, total));
        }
    }
}
