using TerrainDescent.Application.Batches;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Batch.Shards;

namespace TerrainDescent.Cluster;

/// <summary>Runs one job into the bytes of its part file: its starts in order, every method for each.</summary>
public static class ClusterJobRunner
{
    /// <summary>The collection name written into every part, as <c>batch</c> names its output.</summary>
    public const string CollectionName = "terrain-descent batch";

    /// <summary>Runs <paramref name="job"/> of <paramref name="spec"/> with <paramref name="runner"/>; the same job always gives the same bytes.</summary>
    public static byte[] Run(ClusterBatchSpec spec, ClusterJob job, BatchStartRunner runner)
    {
        var header = new BatchPartHeader(spec.Fingerprint, new ShardSpec(job.JobId, spec.JobCount), spec.StartCount, spec.Methods, CollectionName);
        using var buffer = new MemoryStream();
        using (var part = new BatchPartWriter(buffer, header))
        {
            for (var i = 0; i < job.StartIndices.Length; i++)
            {
                var snap = job.SnapRadiiMetres[i];
                var start = new BatchStart(job.Ids[i], job.Longitudes[i], job.Latitudes[i], double.IsNaN(snap) ? null : snap);
                var entries = Enumerable.Range(0, spec.Methods.Length).Select(m => runner.Run(start, job.StartIndices[i], m)).ToArray();
                part.Write(new BatchPartRecord(job.StartIndices[i], start.Id, entries));
            }

            part.Finish();
        }

        return buffer.ToArray();
    }
}
