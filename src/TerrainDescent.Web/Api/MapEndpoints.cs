using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using TerrainDescent.Core.Descent;
using TerrainDescent.Web.Map;

namespace TerrainDescent.Web.Api;

/// <summary>
/// The routes that describe and draw the map: <c>/api/info</c>, <c>/api/methods</c>, <c>/api/map</c> (the
/// composition), <c>/api/relief.png</c>, <c>/api/mask.png?seaLevel=</c> and <c>/api/elevation?lat=&amp;lon=</c>.
/// </summary>
public static class MapEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(WebApplication app, TerrainScene scene, MapImages images)
    {
        app.MapMethods("/api/info", ApiResponses.ReadMethods, context =>
        {
            _ = new QueryReader(context.Request.Query);
            return ApiResponses.Json(context, json => SceneJson.WriteInfo(json, scene, images.Frame));
        });
        app.MapMethods("/api/methods", ApiResponses.ReadMethods, context =>
        {
            _ = new QueryReader(context.Request.Query);
            return ApiResponses.Json(context, json => SceneJson.WriteMethods(json, scene.Composition));
        });
        app.MapMethods("/api/map", ApiResponses.ReadMethods, context =>
        {
            var seaLevel = SeaLevel(context);
            return ApiResponses.Json(context, json => MapCompositionJson.Write(json, scene.Composition, seaLevel));
        });
        app.MapMethods("/api/relief.png", ApiResponses.ReadMethods, context =>
        {
            _ = new QueryReader(context.Request.Query);
            return ApiResponses.Bytes(context, images.Relief, "image/png");
        });
        app.MapMethods("/api/mask.png", ApiResponses.ReadMethods, context => ApiResponses.Bytes(context, images.SeaMask(SeaLevel(context)), "image/png"));
        app.MapMethods("/api/elevation", ApiResponses.ReadMethods, context =>
        {
            var reader = new QueryReader(context.Request.Query, "lat", "lon");
            var latitude = reader.RequiredNumber("lat", -90, 90, "52.6175");
            var longitude = reader.RequiredNumber("lon", -180, 180, "-6.7797");
            var elevation = scene.Surface.ElevationAtCrs(longitude, latitude);
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

    private static double SeaLevel(HttpContext context) =>
        new QueryReader(context.Request.Query, "seaLevel").Number("seaLevel", DescentOptions.DefaultSeaLevelMetres, -12_000, 9_000, "4");
}
