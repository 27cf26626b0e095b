using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Web.Api;

/// <summary>The answer to a <see cref="DescentQuery"/>: where the paths started and the paths themselves.</summary>
/// <param name="Query">The request answered.</param>
/// <param name="Start">The start actually used (lon, lat, elevation), after snapping.</param>
/// <param name="Snapped">Whether snapping moved the start.</param>
/// <param name="Paths">One path per requested method, in request order.</param>
/// <param name="DescentMilliseconds">Time from the validated request to the finished paths.</param>
/// <param name="Descender">The descender of the surface the paths ran on, which measures their steps.</param>
public sealed record DescentOutcome(DescentQuery Query, PathVertex Start, bool Snapped, IReadOnlyList<TerrainPath> Paths, double DescentMilliseconds, TerrainDescender Descender);
