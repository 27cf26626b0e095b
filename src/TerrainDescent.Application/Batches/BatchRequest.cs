using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Batch.Shards;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Peaks;

namespace TerrainDescent.Application.Batches;

/// <summary>What a <c>batch</c> run was asked to do, validated.</summary>
/// <param name="DemArguments">The DEM files, folders or tile names; empty means the default tile.</param>
/// <param name="PeaksFile">The peaks file to start from, or null for <c>--peaks auto</c>.</param>
/// <param name="Methods">The methods, in output order.</param>
/// <param name="Batch">Descent parameters, snap radius and thread count.</param>
/// <param name="Peaks">Which summits <c>--peaks auto</c> starts from.</param>
/// <param name="OutputPath">The GeoJSON file of paths.</param>
/// <param name="SummaryPath">The summary CSV file, or null.</param>
/// <param name="SimplifyMetres">The Douglas–Peucker tolerance of the written paths in ground metres, ≥ 0 (0: every step).</param>
/// <param name="Shard">The shard to run, writing a part file to <paramref name="OutputPath"/>; null runs every start.</param>
public sealed record BatchRequest(
    IReadOnlyList<string> DemArguments,
    string? PeaksFile,
    IReadOnlyList<IDescentMethod> Methods,
    BatchOptions Batch,
    PeakOptions Peaks,
    string OutputPath,
    string? SummaryPath,
    double SimplifyMetres,
    ShardSpec? Shard = null);
