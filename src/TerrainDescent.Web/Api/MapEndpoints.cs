using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using TerrainDescent.Core.Descent;
using TerrainDescent.Rendering.Map;
using TerrainDescent.Web.Rendering;

namespace TerrainDescent.Web.Api;

/// <summary>
/// The routes that describe and draw the map: <c>/api/info</c>, <c>/api/methods</c>, <c>/api/map</c> (the
/// composition), <c>/api/footprints.geojson</c> (the tiles' outlines), the XYZ tiles
/// <c>/api/tiles/relief/{z}/{x}/{y}.png</c> and <c>/api/tiles/mask/{z}/{x}/{y}.png?seaLevel=</c>, and
/// <c>/api/elevation?lat=&amp;lon=</c>.
/// </summary>
public static class MapEndpoints
{
    /// <summary>How long a browser may keep a map tile: the data do not change while the server runs.</summary>
    public const string TileCacheControl = "public, max-age=3600";

    /// <summary>Maps the routes.</summary>
    public static void Map(WebApplication app, TerrainScene scene, string? basemapUrlTemplate = null)
    {
        var tiles = new MapTileRenderer(scene);
        app.MapMethods("/api/info", ApiResponses.ReadMethods, context =>
        {
            _ = new QueryReader(context.Request.Query);
            return ApiResponses.Json(context, json => SceneJson.WriteInfo(json, scene, basemapUrlTemplate));
        });
        app.MapMethods("/api/methods", ApiResponses.ReadMethods, context =>
        {
            _ = new QueryReader(context.Request.Query);
            return ApiResponses.Json(context, json => SceneJson.WriteMethods(json, scene.Composition));
        });
        app.MapMethods("/api/footprints.geojson", ApiResponses.ReadMethods, context =>
        {
            _ = new QueryReader(context.Request.Query);
            return ApiResponses.Json(context, json => SceneJson.WriteFootprints(json, scene));
        });
        app.MapMethods("/api/map", ApiResponses.ReadMethods, context =>
        {
            var seaLevel = SeaLevel(context);
            return ApiResponses.Json(context, json => MapCompositionJson.Write(json, scene.Composition, seaLevel));
        });
        app.MapMethods("/api/tiles/relief/{z:int}/{x:int}/{y:int}.png", ApiResponses.ReadMethods, (HttpContext context, int z, int x, int y) =>
        {
            _ = new QueryReader(context.Request.Query);
            return Tile(context, z, x, y, () => tiles.Relief(z, x, y));
        });
        app.MapMethods("/api/tiles/mask/{z:int}/{x:int}/{y:int}.png", ApiResponses.ReadMethods, (HttpContext context, int z, int x, int y) =>
        {
            var seaLevel = SeaLevel(context);
            return Tile(context, z, x, y, () => tiles.SeaMask(z, x, y, seaLevel));
        });
        app.MapMethods("/api/elevation", ApiResponses.ReadMethods, context =>
        {
            var reader = new QueryReader(context.Request.Query, "lat", "lon");
            var latitude = reader.RequiredNumber("lat", -90, 90, "52.6175");
            var longitude = reader.RequiredNumber("lon", -180, 180, "-6.7797");
            var elevation = scene.ElevationAt(longitude, latitude);
            return ApiResponses.Json(context, json =>
            {
                json.WriteStartObject();
                json.WriteNumber("lat", latitude);
                json.WriteNumber("lon", longitude);
                if (double.IsFinite(elevation))
                {
                    json.WriteNumber("elevationMetres", Math.Round(elevation, 2));
                }
                else
                {
                    json.WriteNull("elevationMetres");
                }

                json.WriteEndObject();
            });
        });
    }

    private static Task Tile(HttpContext context, int z, int x, int y, Func<byte[]> draw)
    {
        if (!MapTileRenderer.IsValid(z, x, y))
        {
            throw new ApiInputException($"no map tile {z}/{x}/{y}: zoom must be 0..{MapTileRenderer.MaxZoom} and x, y within 0..2^zoom − 1");
        }

        var png = draw();
        return ApiResponses.Bytes(context, png, "image/png", TileCacheControl);
    }

    private static double SeaLevel(HttpContext context) =>
        new QueryReader(context.Request.Query, "seaLevel").Number("seaLevel", DescentOptions.DefaultSeaLevelMetres, -12_000, 9_000, "4");
}
