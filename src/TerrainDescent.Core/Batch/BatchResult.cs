namespace TerrainDescent.Core.Batch;

/// <summary>
/// Every outcome of a batch, stored by (start index, method index) so that the order and content never depend on
/// how many threads ran it. <see cref="Outcomes"/> is start-major: all methods of start 0, then of start 1, …
/// </summary>
public sealed class BatchResult
{
    private readonly BatchOutcome[] _outcomes;
    private readonly Lazy<IReadOnlyList<BatchSummary>> _summaries;

    internal BatchResult(IReadOnlyList<BatchStart> starts, IReadOnlyList<string> methods, BatchOutcome[] outcomes)
    {
        Starts = starts;
        Methods = methods;
        _outcomes = outcomes;
        _summaries = new Lazy<IReadOnlyList<BatchSummary>>(
            () => Enumerable.Range(0, Methods.Count).Select(m => BatchSummary.Of(Methods[m], ForMethod(m))).ToArray());
    }

    /// <summary>
    /// Assembles a result from outcomes computed in parts (for example one part per mosaic of touching tiles):
    /// exactly one outcome per (start, method), each carrying its index into <paramref name="starts"/> and
    /// <paramref name="methods"/>. The order of <paramref name="outcomes"/> does not matter.
    /// </summary>
    public static BatchResult Assemble(IReadOnlyList<BatchStart> starts, IReadOnlyList<string> methods, IEnumerable<BatchOutcome> outcomes)
    {
        var slots = new BatchOutcome?[checked(starts.Count * methods.Count)];
        foreach (var outcome in outcomes)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(outcome.StartIndex, starts.Count);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(outcome.MethodIndex, methods.Count);
            var slot = outcome.StartIndex * methods.Count + outcome.MethodIndex;
            if (slots[slot] is not null)
            {
                throw new ArgumentException($"two outcomes for start {outcome.StartIndex}, method {outcome.MethodIndex}", nameof(outcomes));
            }

            slots[slot] = outcome;
        }

        var missing = Array.IndexOf(slots, null);
        return missing < 0
            ? new BatchResult(starts, methods, slots!)
            : throw new ArgumentException($"no outcome for start {missing / methods.Count}, method {missing % methods.Count}", nameof(outcomes));
    }

    /// <summary>The starts, as given.</summary>
    public IReadOnlyList<BatchStart> Starts { get; }

    /// <summary>The methods' output names, in the order given.</summary>
    public IReadOnlyList<string> Methods { get; }

    /// <summary>Every outcome, start-major.</summary>
    public IReadOnlyList<BatchOutcome> Outcomes => _outcomes;

    /// <summary>One summary per method, in method order.</summary>
    public IReadOnlyList<BatchSummary> Summaries => _summaries.Value;

    /// <summary>The outcome of method <paramref name="methodIndex"/> from start <paramref name="startIndex"/>.</summary>
    public BatchOutcome this[int startIndex, int methodIndex]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(startIndex);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(startIndex, Starts.Count);
            ArgumentOutOfRangeException.ThrowIfNegative(methodIndex);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(methodIndex, Methods.Count);
            return _outcomes[startIndex * Methods.Count + methodIndex];
        }
    }

    /// <summary>The outcomes of method <paramref name="methodIndex"/>, in start order.</summary>
    public IReadOnlyList<BatchOutcome> ForMethod(int methodIndex) =>
        Enumerable.Range(0, Starts.Count).Select(s => this[s, methodIndex]).ToArray();
}
