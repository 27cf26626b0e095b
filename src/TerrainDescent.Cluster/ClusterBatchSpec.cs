namespace TerrainDescent.Cluster;

/// <summary>What every silo needs to run jobs of one batch: where the tiles are and how to descend. Immutable.</summary>
/// <param name="BatchId">Names the batch: its coordinator grain and its workers' keys.</param>
/// <param name="DemPaths">The tile files and folders, as paths every silo can read (a shared or copied folder).</param>
/// <param name="Methods">The method names, in output order.</param>
/// <param name="DescentOptionsJson">The descent options as JSON (System.Text.Json; doubles round-trip exactly).</param>
/// <param name="SnapRadiusMetres">The batch's snap radius in ground metres, ≥ 0.</param>
/// <param name="SimplifyMetres">The Douglas–Peucker tolerance of the written paths in ground metres, ≥ 0.</param>
/// <param name="MissingTiles">Where no tile was given, as <see cref="Core.Terrain.Tiles.MissingTiles"/>.</param>
/// <param name="Fingerprint">The batch fingerprint written into each job's part.</param>
/// <param name="StartCount">Starts in the whole batch.</param>
/// <param name="JobCount">Jobs the batch is split into.</param>
[GenerateSerializer]
[Immutable]
[Alias("TerrainDescent.ClusterBatchSpec")]
public sealed record ClusterBatchSpec(
    [property: Id(0)] string BatchId,
    [property: Id(1)] string[] DemPaths,
    [property: Id(2)] string[] Methods,
    [property: Id(3)] string DescentOptionsJson,
    [property: Id(4)] double SnapRadiusMetres,
    [property: Id(5)] double SimplifyMetres,
    [property: Id(6)] int MissingTiles,
    [property: Id(7)] string Fingerprint,
    [property: Id(8)] int StartCount,
    [property: Id(9)] int JobCount);
