using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TerrainDescent.Application.Batches;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain.Tiles;
using TerrainDescent.Gdal.Tiles;

namespace TerrainDescent.Cluster;

/// <summary>
/// A silo's open terrains and descent runners, one per batch, over one tile cache for the whole silo, and the gate
/// that bounds how many jobs run at once. A singleton of the silo's services; disposing it closes the terrains.
/// </summary>
public sealed class SiloTerrains(IOptions<ClusterSiloOptions> options) : IDisposable
{
    private readonly TileCache _cache = TileCache.OfMegabytes(options.Value.CacheMegabytes);
    private readonly ConcurrentDictionary<string, Lazy<(TiledTerrain Terrain, BatchStartRunner Runner)>> _batches = new();

    /// <summary>Bounds the jobs running at once on this silo.</summary>
    public SemaphoreSlim Gate { get; } = new(Math.Max(1, options.Value.ConcurrentJobs));

    /// <summary>The runner of <paramref name="spec"/>'s batch, opening its tiles (metadata only) on first use.</summary>
    public BatchStartRunner RunnerFor(ClusterBatchSpec spec) => _batches.GetOrAdd(spec.BatchId, _ => new(() =>
    {
        var terrain = TiledTerrain.Open(TileCatalog.Read(spec.DemPaths), _cache, (MissingTiles)spec.MissingTiles);
        var methods = spec.Methods.Select(name => DescentMethods.TryGet(name, out var method) ? method : throw new ArgumentException($"unknown method {name}")).ToArray();
        var descent = DescentOptionsJson.Read(spec.DescentOptionsJson);
        var batch = new BatchOptions { Descent = descent, SnapRadiusMetres = spec.SnapRadiusMetres, MaxDegreeOfParallelism = 1 };
        return (terrain, new BatchStartRunner(terrain, methods, batch, spec.SimplifyMetres));
    })).Value.Runner;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var batch in _batches.Values.Where(b => b.IsValueCreated))
        {
            batch.Value.Terrain.Dispose();
        }

        Gate.Dispose();
    }
}
