using System.Diagnostics;
using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Web.Api;

/// <summary>
/// Runs a validated request on a scene: picks the finest layer with data at the start, checks the start, snaps it,
/// descends with every method and times it. Thread-safe: each path has its own reader and state.
/// </summary>
public sealed class DescentService(TerrainScene scene)
{
    /// <summary>
    /// The paths for <paramref name="query"/>. Throws <see cref="ApiInputException"/> when the start is off every
    /// tile or in a void. <paramref name="cancellation"/> is checked before each method (a client gone, a time
    /// budget spent).
    /// </summary>
    public DescentOutcome Run(DescentQuery query, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var (x, y) = (query.LongitudeDegrees, query.LatitudeDegrees);
        var pick = scene.Terrain.Pick(x, y) ?? throw new ApiInputException(
            $"start {StartCheck.Describe(CoordinateKind.Geographic, x, y)} is outside the data, which covers {scene.Terrain.DescribeBounds()}");
        var surface = pick.Layer.Surface;
        var problem = StartCheck.Problem(surface, x, y);
        if (problem is not null)
        {
            throw new ApiInputException(problem);
        }

        var descender = new TerrainDescender(surface);
        var (startX, startY) = descender.ResolveStart(x, y, query.SnapRadiusMetres);
        var paths = new TerrainPath[query.Methods.Count];
        for (var i = 0; i < paths.Length; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            paths[i] = descender.Descend(query.Methods[i], startX, startY, query.Options);
        }

        var start = new PathVertex(startX, startY, surface.ElevationAtCrs(startX, startY));
        return new DescentOutcome(query, start, startX != x || startY != y, paths, clock.Elapsed.TotalMilliseconds, descender);
    }
}
