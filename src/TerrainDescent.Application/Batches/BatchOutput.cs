using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Batch.Shards;
using TerrainDescent.GeoJson;

namespace TerrainDescent.Application.Batches;

/// <summary>
/// Where the results of a batch go, in start order then method order: each feature's bytes into the GeoJSON
/// collection and its scalars into the summary and the list of bad starts. <c>batch</c> and <c>merge</c> both write
/// through it, so a merged batch has exactly the bytes of the batch run on one machine.
/// </summary>
public sealed class BatchOutput : IDisposable
{
    /// <summary>The name of the FeatureCollection a batch writes.</summary>
    public const string CollectionName = "terrain-descent batch";

    private const int ProblemsKept = 20;

    private readonly GeoJsonStreamWriter _writer;
    private readonly BatchSummaryAccumulator _summary;
    private readonly List<(string Id, string Problem)> _problems = [];
    private int _problemCount;
    private int _starts;

    /// <summary>Opens the collection on <paramref name="stream"/> for a batch of <paramref name="methods"/>.</summary>
    public BatchOutput(Stream stream, IReadOnlyList<string> methods)
    {
        _writer = new GeoJsonStreamWriter(stream, CollectionName);
        _summary = new BatchSummaryAccumulator(methods);
    }

    /// <summary>Writes the result of method <paramref name="methodIndex"/> from the start named <paramref name="startId"/>.</summary>
    public void Add(string startId, int methodIndex, BatchPartEntry entry)
    {
        _summary.Add(methodIndex, entry.Descended, entry.Reason, entry.Steps, entry.GroundLengthMetres);
        if (methodIndex == 0)
        {
            _starts++;
            if (entry.Problem is not null)
            {
                _problemCount++;
                if (_problems.Count < ProblemsKept)
                {
                    _problems.Add((startId, entry.Problem));
                }
            }
        }

        _writer.WriteRaw(entry.FeatureJson);
    }

    /// <summary>Closes the collection and says what was written.</summary>
    public BatchReportData Finish()
    {
        _writer.Finish();
        return new BatchReportData(_starts, _writer.Count, _summary.Summaries(), _problems, _problemCount);
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}
