using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Core.Batch;

/// <summary>
/// Runs every method from every start over one terrain on all cores. Each (start, method) descent writes only its
/// own slot, so the result is identical for any degree of parallelism. A start off the raster or in a void does not
/// stop the run: it is recorded with its reason and a one-vertex path.
/// </summary>
public sealed class BatchRunner
{
    private readonly TerrainDescender _descender;

    /// <summary>Creates a runner over <paramref name="descender"/> (thread-safe); null options mean the defaults.</summary>
    public BatchRunner(TerrainDescender descender, BatchOptions? options = null)
    {
        _descender = descender;
        Options = options ?? new BatchOptions();
        var problem = Options.Validate();
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(options));
        }
    }

    /// <summary>The options every run uses.</summary>
    public BatchOptions Options { get; }

    /// <summary>
    /// Descends with each of <paramref name="methods"/> from each of <paramref name="starts"/>.
    /// <paramref name="progress"/>, when given, hears about once per percent and at the end, from worker threads,
    /// never concurrently and with increasing counts. Cancelling throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public BatchResult Run(
        IReadOnlyList<BatchStart> starts,
        IReadOnlyList<IDescentMethod> methods,
        IProgress<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (methods.Count == 0)
        {
            throw new ArgumentException("a batch needs at least one method", nameof(methods));
        }

        var total = checked(starts.Count * methods.Count);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        };

        // Snapping can scan many samples, so each start is resolved once, not once per method.
        var resolved = new (double X, double Y, string? Problem)[starts.Count];
        Parallel.For(0, starts.Count, parallel, s => resolved[s] = Resolve(starts[s]));

        var outcomes = new BatchOutcome[total];
        var throttle = new ProgressThrottle(progress, total);
        Parallel.For(0, total, parallel, slot =>
        {
            var (s, m) = Math.DivRem(slot, methods.Count);
            var (x, y, problem) = resolved[s];
            var path = _descender.Descend(methods[m], x, y, Options.Descent);
            outcomes[slot] = new BatchOutcome(s, m, starts[s], x, y, path, problem);
            throttle.Completed();
        });

        return new BatchResult(starts, methods.Select(m => m.Name).ToArray(), outcomes);
    }

    private (double X, double Y, string? Problem) Resolve(BatchStart start)
    {
        var radiusMetres = start.SnapRadiusMetres ?? Options.SnapRadiusMetres;
        var (x, y) = _descender.ResolveStart(start.X, start.Y, radiusMetres);
        return (x, y, StartCheck.Problem(_descender.Surface, x, y));
    }
}
