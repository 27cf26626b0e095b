using TerrainDescent.Application.Descents;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Batch.Shards;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.GeoJson;
using static System.FormattableString;

namespace TerrainDescent.Application.Batches;

/// <summary>
/// One (start, method) descent of a batch, wherever it runs (one machine, a shard, a silo): picks the finest layer
/// with data at the start, snaps it, descends and makes the GeoJSON feature's bytes and the summary's scalars.
/// Deterministic: the same start gives the same bytes on any machine. Thread-safe.
/// </summary>
public sealed class BatchStartRunner
{
    private readonly TiledTerrain _terrain;
    private readonly IReadOnlyList<IDescentMethod> _methods;
    private readonly BatchOptions _options;
    private readonly double _simplifyMetres;
    private readonly Dictionary<TerrainLayer, TerrainDescender> _descenders;

    /// <summary>Runs <paramref name="methods"/> over <paramref name="terrain"/>, paths simplified to <paramref name="simplifyMetres"/> ground metres.</summary>
    public BatchStartRunner(TiledTerrain terrain, IReadOnlyList<IDescentMethod> methods, BatchOptions options, double simplifyMetres)
    {
        _terrain = terrain;
        _methods = methods;
        _options = options;
        _simplifyMetres = simplifyMetres;
        _descenders = terrain.Layers.ToDictionary(l => l, l => new TerrainDescender(l.Surface));
    }

    /// <summary>Descends with method <paramref name="methodIndex"/> from <paramref name="start"/>, start <paramref name="startIndex"/> of the batch.</summary>
    public BatchPartEntry Run(BatchStart start, int startIndex, int methodIndex)
    {
        var method = _methods[methodIndex];
        var options = _options.Descent;
        var resolved = DescentFromStart.Resolve(_terrain, start.X, start.Y, start.SnapRadiusMetres ?? _options.SnapRadiusMetres, layer => _descenders[layer]);
        if (resolved is null)
        {
            var problem = Invariant($"start lat {start.Y:F5}, lon {start.X:F5} is outside every raster given");
            var off = BatchOutcome.OffEveryRaster(startIndex, methodIndex, start, method.Name, options, problem);
            return Entry(off, PathFeatures.Create(off.Path, null, start.Id, problem, _simplifyMetres));
        }

        var (layer, x, y) = (resolved.Layer, resolved.X, resolved.Y);
        var path = resolved.Descender.Descend(method, x, y, options);
        var outcome = new BatchOutcome(startIndex, methodIndex, start, x, y, path, resolved.Problem);
        return Entry(outcome, PathFeatures.Create(path, layer.Surface.Kind == CoordinateKind.Geographic ? null : layer.ToLonLat, start.Id, resolved.Problem, _simplifyMetres));
    }

    private static BatchPartEntry Entry(BatchOutcome outcome, GeoJsonFeature feature) =>
        new(outcome.Descended, outcome.Path.Reason, outcome.Path.Steps, outcome.Path.GroundLengthMetres, outcome.Problem, GeoJsonWriter.FeatureBytes(feature));
}
