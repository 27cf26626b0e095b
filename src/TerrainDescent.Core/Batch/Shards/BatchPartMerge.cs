namespace TerrainDescent.Core.Batch.Shards;

/// <summary>
/// Interleaves the parts of one batch by start index, as one machine would have produced the records: a k-way merge
/// over the parts' ascending records, holding one record per part in memory. Checks that the parts are of the same
/// batch, that every shard is there exactly once and that every start appears exactly once; throws
/// <see cref="InvalidDataException"/> with one line otherwise.
/// </summary>
public sealed class BatchPartMerge : IDisposable
{
    private readonly IReadOnlyList<BatchPartReader> _parts;
    private readonly IReadOnlyList<string> _names;

    /// <summary>Checks the headers of <paramref name="parts"/> (named <paramref name="names"/> in messages) and takes ownership of them.</summary>
    public BatchPartMerge(IReadOnlyList<BatchPartReader> parts, IReadOnlyList<string> names)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException("merging needs at least one part", nameof(parts));
        }

        _parts = parts;
        _names = names;
        var first = parts[0].Header;
        var seen = new string?[first.Shard.Count];
        for (var p = 0; p < parts.Count; p++)
        {
            var header = parts[p].Header;
            if (header.Fingerprint != first.Fingerprint || header.Shard.Count != first.Shard.Count || header.StartCount != first.StartCount)
            {
                throw new InvalidDataException($"{names[p]} is a part of another batch than {names[0]} (other inputs, options, starts or shard count)");
            }

            if (header.Shard.Index < 0 || header.Shard.Index >= seen.Length)
            {
                throw new InvalidDataException($"{names[p]} is damaged: it names shard {header.Shard}");
            }

            if (seen[header.Shard.Index] is { } other)
            {
                throw new InvalidDataException($"{names[p]} and {other} are both shard {header.Shard}");
            }

            seen[header.Shard.Index] = names[p];
        }

        var missing = Enumerable.Range(0, seen.Length).Where(s => seen[s] is null).ToArray();
        if (missing.Length > 0)
        {
            var shown = string.Join(", ", missing.Take(5).Select(s => new ShardSpec(s, seen.Length).ToString()));
            throw new InvalidDataException($"shard(s) {shown}{(missing.Length > 5 ? ", …" : "")} missing: give every part of the batch ({seen.Length} in all)");
        }

        Header = first;
    }

    /// <summary>The batch being merged (the first part's header).</summary>
    public BatchPartHeader Header { get; }

    /// <summary>Every record of the batch, in start order.</summary>
    public IEnumerable<BatchPartRecord> Records()
    {
        var heads = _parts.Select(p => p.Next()).ToArray();
        for (var expected = 0; expected < Header.StartCount; expected++)
        {
            var part = -1;
            for (var p = 0; p < heads.Length; p++)
            {
                if (heads[p] is { } head && (part < 0 || head.StartIndex < heads[part]!.StartIndex))
                {
                    part = p;
                }
            }

            if (part >= 0 && heads[part]!.StartIndex < expected)
            {
                throw new InvalidDataException($"start {heads[part]!.StartIndex} of the batch is in more than one part ({_names[part]} too)");
            }

            if (part < 0 || heads[part]!.StartIndex != expected)
            {
                throw new InvalidDataException($"start {expected} of the batch is in no part given (parts of different plans?)");
            }

            var record = heads[part]!;
            heads[part] = _parts[part].Next();
            if (heads[part] is { } following && following.StartIndex <= record.StartIndex)
            {
                throw new InvalidDataException($"{_names[part]} is damaged: its starts are not in ascending order");
            }

            yield return record;
        }

        for (var p = 0; p < heads.Length; p++)
        {
            if (heads[p] is not null)
            {
                throw new InvalidDataException($"{_names[p]} holds a start twice or beyond the batch's {Header.StartCount}");
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var part in _parts)
        {
            part.Dispose();
        }
    }
}
