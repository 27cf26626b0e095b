using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Tiles;

namespace TerrainDescent.Application.Descents;

/// <summary>Where a start is descended from, as every program resolves it (see <see cref="DescentFromStart.Resolve"/>).</summary>
/// <param name="Layer">The finest layer with data at the start; its CRS is the position's.</param>
/// <param name="X">The start used, in the layer's CRS, after snapping.</param>
/// <param name="Y">The start used, in the layer's CRS, after snapping.</param>
/// <param name="Snapped">Whether snapping (or moving a start beside a void onto its sample) moved it.</param>
/// <param name="Problem">Why it cannot be descended from (in a void), in one line; null when it can.</param>
/// <param name="Descender">The descender of <paramref name="Layer"/>'s surface, which runs the methods from it.</param>
public sealed record ResolvedStart(TerrainLayer Layer, double X, double Y, bool Snapped, string? Problem, TerrainDescender Descender);
