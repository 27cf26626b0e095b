using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Tiles;

namespace TerrainDescent.Application.Descents;

/// <summary>The answer to a <see cref="DescentRequest"/>: the layer descended, the start used and one path per method.</summary>
/// <param name="Layer">The layer the paths ran on (the finest with data at the start); its CRS is the paths' CRS.</param>
/// <param name="Start">The start actually used, in the layer's CRS with its elevation, after snapping.</param>
/// <param name="Snapped">Whether snapping (or moving a start beside a void onto its sample) moved the start.</param>
/// <param name="Paths">One path per requested method, in request order.</param>
/// <param name="Descender">The descender of the layer's surface, which measures the paths' steps.</param>
public sealed record DescentResult(TerrainLayer Layer, PathVertex Start, bool Snapped, IReadOnlyList<TerrainPath> Paths, TerrainDescender Descender);
