using TerrainDescent.Application.Inputs;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Tiles;

namespace TerrainDescent.Application.Descents;

/// <summary>
/// The one "descend from a start" use case that <c>descend</c>, <c>render</c> and the map server's API all run: pick
/// the finest layer with data at the start, refuse a start off the data or in a void, snap it, then descend with each
/// method in turn. Thread-safe: each call and each path has its own reader and state.
/// </summary>
public static class DescentFromStart
{
    /// <summary>
    /// The paths for <paramref name="request"/> on <paramref name="terrain"/>. Throws
    /// <see cref="UserInputException"/> with one line when the start is off every tile or in a void.
    /// <paramref name="cancellation"/> is checked before each method (a client gone, a time budget spent).
    /// </summary>
    public static DescentResult Run(TiledTerrain terrain, DescentRequest request, CancellationToken cancellation = default)
    {
        var (longitude, latitude) = (request.LongitudeDegrees, request.LatitudeDegrees);
        var (layer, x, y) = terrain.Pick(longitude, latitude) ?? throw new UserInputException(
            $"start {StartCheck.Describe(CoordinateKind.Geographic, longitude, latitude)} is outside the data, which covers {terrain.DescribeBounds()}");
        var surface = layer.Surface;
        var problem = StartCheck.Problem(surface, x, y);
        if (problem is not null)
        {
            throw new UserInputException(problem);
        }

        var descender = new TerrainDescender(surface);
        var (startX, startY) = descender.ResolveStart(x, y, request.SnapRadiusMetres);
        var paths = new TerrainPath[request.Methods.Count];
        for (var i = 0; i < paths.Length; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            paths[i] = descender.Descend(request.Methods[i], startX, startY, request.Options);
        }

        var start = new PathVertex(startX, startY, surface.ElevationAtCrs(startX, startY));
        return new DescentResult(layer, start, startX != x || startY != y, paths, descender);
    }
}
