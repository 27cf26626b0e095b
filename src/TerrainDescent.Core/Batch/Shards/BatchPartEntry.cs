using TerrainDescent.Core.Descent;

namespace TerrainDescent.Core.Batch.Shards;

/// <summary>
/// One (start, method) result as a batch writes it: the feature's exact JSON bytes and the scalars its summary
/// counts. What a part file carries, so that merging parts writes the bytes one machine would have written.
/// </summary>
/// <param name="Descended">Whether the start was on valid data, so the descent counts towards the medians.</param>
/// <param name="Reason">Why the descent stopped.</param>
/// <param name="Steps">Steps taken.</param>
/// <param name="GroundLengthMetres">Ground length of the path in metres.</param>
/// <param name="Problem">Why the start is bad (void, off every raster), or null.</param>
/// <param name="FeatureJson">The GeoJSON Feature object, UTF-8, exactly as written into the collection.</param>
public sealed record BatchPartEntry(bool Descended, StopReason Reason, int Steps, double GroundLengthMetres, string? Problem, byte[] FeatureJson);
