using System.Globalization;

namespace TerrainDescent.Core.Batch.Shards;

/// <summary>
/// Which part of a batch one machine runs: shard <see cref="Index"/> of <see cref="Count"/>, 0 ≤ index &lt; count,
/// written <c>I/N</c> on the command line (0-based, as Slurm's <c>SLURM_ARRAY_TASK_ID</c> with <c>--array=0-(N−1)</c>
/// and Kubernetes' <c>JOB_COMPLETION_INDEX</c> count).
/// </summary>
/// <param name="Index">The shard, 0 ≤ Index &lt; Count.</param>
/// <param name="Count">How many shards the batch is split into, ≥ 1.</param>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>The most shards a batch may be split into.</summary>
    public const int MaxCount = 1_000_000;

    /// <summary>Parses <c>I/N</c>; returns null and a one-line reason when the text is not a valid shard.</summary>
    public static ShardSpec? Parse(string text, out string? problem)
    {
        problem = null;
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            if (count is >= 1 and <= MaxCount && index < count)
            {
                return new ShardSpec(index, count);
            }

            problem = string.Create(CultureInfo.InvariantCulture, $"--shard {text}: the shard must be 0 to N−1 of N shards, N from 1 to {MaxCount}");
            return null;
        }

        problem = $"--shard '{text}' is not I/N (for example 0/4, the first of four shards)";
        return null;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
