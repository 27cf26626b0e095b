using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Descent;
using TerrainDescent.GeoJson;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// Gathers the outcomes of a batch that runs one cluster of tiles at a time into one start-major result, with the
/// GeoJSON feature of each (start, method) made while its cluster's CRS transformer is at hand. Starts are kept in
/// WGS84 (x = longitude, y = latitude), whatever the CRS of the cluster that ran them. Each path's LineString is
/// simplified to <paramref name="simplifyMetres"/> ground metres (0: every step) as its feature is made.
/// </summary>
internal sealed class BatchCollector(IReadOnlyList<IDescentMethod> methods, DescentOptions options, double simplifyMetres)
{
    private readonly List<BatchStart> _starts = [];
    private readonly List<BatchOutcome> _outcomes = [];
    private readonly Dictionary<int, GeoJsonFeature> _features = [];

    /// <summary>The starts so far, in WGS84.</summary>
    public IReadOnlyList<BatchStart> Starts => _starts;

    /// <summary>Adds a start in WGS84 and returns its index.</summary>
    public int AddStart(BatchStart start)
    {
        _starts.Add(start);
        return _starts.Count - 1;
    }

    /// <summary>
    /// Adds the outcomes of one cluster's run, whose start i is start <paramref name="startIndices"/>[i] of the batch;
    /// <paramref name="toLonLat"/> converts the cluster's CRS to WGS84. When it is thread-safe (the identity of a
    /// geographic cluster), the features are made on <paramref name="threads"/> threads, each into its own slot.
    /// </summary>
    public void AddPart(BatchResult part, IReadOnlyList<int> startIndices, PathFeatures.ToLonLat toLonLat, bool threadSafe, int threads)
    {
        var outcomes = part.Outcomes
            .Select(o => o with { StartIndex = startIndices[o.StartIndex], Start = _starts[startIndices[o.StartIndex]] })
            .ToArray();
        var features = new GeoJsonFeature[outcomes.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threadSafe ? threads : 1 };
        Parallel.For(0, outcomes.Length, parallel, i => features[i] = Feature(outcomes[i], toLonLat));
        for (var i = 0; i < outcomes.Length; i++)
        {
            Add(outcomes[i], features[i]);
        }
    }

    /// <summary>Records start <paramref name="startIndex"/> as lying on no raster of the run, for every method.</summary>
    public void AddOffEveryRaster(int startIndex, string problem)
    {
        for (var m = 0; m < methods.Count; m++)
        {
            var outcome = BatchOutcome.OffEveryRaster(startIndex, m, _starts[startIndex], methods[m].Name, options, problem);
            Add(outcome, Feature(outcome, static (x, y) => (x, y)));
        }
    }

    /// <summary>The assembled result; every start must have its outcomes by now.</summary>
    public BatchResult Result() => BatchResult.Assemble(_starts, methods.Select(m => m.Name).ToArray(), _outcomes);

    /// <summary>The features in start order, then method order.</summary>
    public IEnumerable<GeoJsonFeature> Features() =>
        Enumerable.Range(0, _starts.Count * methods.Count).Select(slot => _features[slot]);

    private GeoJsonFeature Feature(BatchOutcome outcome, PathFeatures.ToLonLat toLonLat) =>
        PathFeatures.Create(outcome.Path, toLonLat, outcome.Start.Id, outcome.Problem, simplifyMetres);

    private void Add(BatchOutcome outcome, GeoJsonFeature feature)
    {
        _outcomes.Add(outcome);
        _features[outcome.StartIndex * methods.Count + outcome.MethodIndex] = feature;
    }
}
