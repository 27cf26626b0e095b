using TerrainDescent.Core.Descent;

namespace TerrainDescent.Core.Batch;

/// <summary>
/// Builds the per-method <see cref="BatchSummary"/> of a batch from its outcomes one at a time, keeping only a few
/// scalars per start (steps, ground length, end reason), never the paths: a streamed batch of any size summarises in
/// memory proportional to its starts. Gives exactly what <see cref="BatchSummary.Of"/> gives for the same outcomes.
/// </summary>
public sealed class BatchSummaryAccumulator
{
    private readonly IReadOnlyList<string> _methods;
    private readonly int[] _counts;
    private readonly int[] _seaLevel;
    private readonly int[,] _reasons;
    private readonly List<double>[] _steps;
    private readonly List<double>[] _lengths;

    /// <summary>Starts an empty summary of <paramref name="methods"/>.</summary>
    public BatchSummaryAccumulator(IReadOnlyList<string> methods)
    {
        _methods = methods;
        _counts = new int[methods.Count];
        _seaLevel = new int[methods.Count];
        _reasons = new int[methods.Count, StopReasonNames.All.Count];
        _steps = methods.Select(_ => new List<double>()).ToArray();
        _lengths = methods.Select(_ => new List<double>()).ToArray();
    }

    /// <summary>Counts one outcome of method <paramref name="methodIndex"/>.</summary>
    public void Add(int methodIndex, bool descended, StopReason reason, int steps, double groundLengthMetres)
    {
        _counts[methodIndex]++;
        _reasons[methodIndex, IndexOf(reason)]++;
        if (descended)
        {
            _steps[methodIndex].Add(steps);
            _lengths[methodIndex].Add(groundLengthMetres);
            if (reason == StopReason.SeaLevel)
            {
                _seaLevel[methodIndex]++;
            }
        }
    }

    /// <summary>Counts <paramref name="outcome"/>.</summary>
    public void Add(BatchOutcome outcome) =>
        Add(outcome.MethodIndex, outcome.Descended, outcome.Path.Reason, outcome.Path.Steps, outcome.Path.GroundLengthMetres);

    /// <summary>The summaries so far, in method order.</summary>
    public IReadOnlyList<BatchSummary> Summaries() => Enumerable.Range(0, _methods.Count).Select(m =>
    {
        var descended = _steps[m].Count;
        var reasons = StopReasonNames.All.Select((reason, r) => KeyValuePair.Create(reason, _reasons[m, r])).ToArray();
        return new BatchSummary(
            _methods[m],
            _counts[m],
            descended,
            descended == 0 ? double.NaN : (double)_seaLevel[m] / descended,
            BatchSummary.Median(_steps[m]),
            BatchSummary.Median(_lengths[m]),
            reasons);
    }).ToArray();

    private static int IndexOf(StopReason reason)
    {
        for (var i = 0; i < StopReasonNames.All.Count; i++)
        {
            if (StopReasonNames.All[i] == reason)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(reason));
    }
}
