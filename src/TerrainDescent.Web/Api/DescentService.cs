using System.Diagnostics;
using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Web.Api;

/// <summary>
/// Runs a validated request on a scene: checks the start, snaps it, descends with every method and times it.
/// Thread-safe: the scene is immutable and each path has its own state.
/// </summary>
public sealed class DescentService(TerrainScene scene)
{
    /// <summary>
    /// The paths for <paramref name="query"/>. Throws <see cref="ApiInputException"/> when the start is outside the
    /// raster or in a void. The scene must be geographic (WGS84 lon/lat), as the web map requires.
    /// <paramref name="cancellation"/> is checked before each method (a client gone, a time budget spent).
    /// </summary>
    public DescentOutcome Run(DescentQuery query, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var surface = scene.Surface;
        var (x, y) = (query.LongitudeDegrees, query.LatitudeDegrees);
        var problem = StartCheck.Problem(surface, x, y);
        if (problem is not null)
        {
            throw new ApiInputException(problem);
        }

        var (startX, startY) = scene.Descender.ResolveStart(x, y, query.SnapRadiusMetres);
        var paths = new TerrainPath[query.Methods.Count];
        for (var i = 0; i < paths.Length; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            paths[i] = scene.Descender.Descend(query.Methods[i], startX, startY, query.Options);
        }

        var start = new PathVertex(startX, startY, surface.ElevationAtCrs(startX, startY));
        return new DescentOutcome(query, start, startX != x || startY != y, paths, clock.Elapsed.TotalMilliseconds);
    }
}
