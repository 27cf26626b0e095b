namespace TerrainDescent.Core.Batch.Shards;

/// <summary>Every method's result for one start of a batch, as a part file holds it.</summary>
/// <param name="StartIndex">The start's place in the whole batch, 0-based: what merging orders by.</param>
/// <param name="StartId">The start's id, for the report of bad starts.</param>
/// <param name="Entries">One entry per method, in method order.</param>
public sealed record BatchPartRecord(int StartIndex, string StartId, IReadOnlyList<BatchPartEntry> Entries);
