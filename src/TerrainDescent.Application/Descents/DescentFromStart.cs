using TerrainDescent.Application.Inputs;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Tiles;

namespace TerrainDescent.Application.Descents;

/// <summary>
/// The one "descend from a start" use case that <c>descend</c>, <c>render</c> and the map server's API all run: pick
/// the finest layer with data at the start, snap it, refuse a start off the data or in a void, then descend with each
/// method in turn. A batch resolves its starts with the same <see cref="Resolve"/>. Thread-safe: each call and each path has its own reader and state.
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
        var start = Resolve(terrain, longitude, latitude, request.SnapRadiusMetres, layer => new TerrainDescender(layer.Surface))
            ?? throw new UserInputException($"start {StartCheck.Describe(CoordinateKind.Geographic, longitude, latitude)} is outside the data, which covers {terrain.DescribeBounds()}");
        if (start.Problem is not null)
        {
            throw new UserInputException(start.Problem);
        }

        var paths = new TerrainPath[request.Methods.Count];
        for (var i = 0; i < paths.Length; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            paths[i] = start.Descender.Descend(request.Methods[i], start.X, start.Y, request.Options);
        }

        var vertex = new PathVertex(start.X, start.Y, start.Layer.Surface.ElevationAtCrs(start.X, start.Y));
        return new DescentResult(start.Layer, vertex, start.Snapped, paths, start.Descender);
    }

    /// <summary>
    /// The start every program descends from for the WGS84 position (<paramref name="longitude"/>,
    /// <paramref name="latitude"/>): on the finest layer with data there, snapped to the highest sample within
    /// <paramref name="snapRadiusMetres"/> (or moved onto its sample when it lies in a cell beside a void), then checked;
    /// null when it is off every tile. <paramref name="descenderOf"/> gives the descender of the layer picked (a batch
    /// keeps one per layer), which the start carries.
    /// </summary>
    public static ResolvedStart? Resolve(TiledTerrain terrain, double longitude, double latitude, double snapRadiusMetres, Func<TerrainLayer, TerrainDescender> descenderOf)
    {
        if (terrain.Pick(longitude, latitude) is not var (layer, x, y))
        {
            return null;
        }

        var descender = descenderOf(layer);
        var (startX, startY) = descender.ResolveStart(x, y, snapRadiusMetres);
        return new ResolvedStart(layer, startX, startY, startX != x || startY != y, StartCheck.Problem(layer.Surface, startX, startY), descender);
    }
}
