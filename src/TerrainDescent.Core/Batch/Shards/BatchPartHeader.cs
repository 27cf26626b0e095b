namespace TerrainDescent.Core.Batch.Shards;

/// <summary>What a part file says about the batch it is part of, checked when parts are merged.</summary>
/// <param name="Fingerprint">
/// Text naming everything the output depends on (inputs, methods, options, the starts); parts merge only when equal.
/// </param>
/// <param name="Shard">Which shard wrote the part.</param>
/// <param name="StartCount">Starts in the whole batch.</param>
/// <param name="Methods">The method names, in output order.</param>
/// <param name="CollectionName">The name of the FeatureCollection the merged output writes.</param>
public sealed record BatchPartHeader(string Fingerprint, ShardSpec Shard, int StartCount, IReadOnlyList<string> Methods, string CollectionName);
