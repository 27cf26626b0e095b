using System.Text.Json;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Rendering.Map;
using TerrainDescent.Web.Rendering;

namespace TerrainDescent.Web.Api;

/// <summary>The JSON of <c>/api/info</c> (the raster, the image extent and the defaults) and <c>/api/methods</c>.</summary>
public static class SceneJson
{
    /// <summary>Writes what the page needs to open on the data and fill its controls.</summary>
    public static void WriteInfo(Utf8JsonWriter json, TerrainScene scene, string? basemapUrlTemplate = null)
    {
        var extent = scene.Extent;
        var finest = scene.Terrain.Layers[0];
        json.WriteStartObject();
        json.WriteString("name", scene.Name);
        json.WriteString("basemap", basemapUrlTemplate);
        json.WriteNumber("tileCount", scene.Terrain.TileCount);
        json.WriteString("projection", "EPSG:4326");
        json.WriteStartArray("extent");
        json.WriteNumberValue(extent.West);
        json.WriteNumberValue(extent.South);
        json.WriteNumberValue(extent.East);
        json.WriteNumberValue(extent.North);
        json.WriteEndArray();
        json.WriteString("bounds", scene.Terrain.DescribeBounds());
        json.WriteNumber("minimumMetres", scene.Composition.MinimumMetres);
        json.WriteNumber("maximumMetres", scene.Composition.MaximumMetres);
        json.WriteNumber("metresPerSample", Math.Round(finest.ResolutionMetres, 2));
        json.WriteNumber("cacheMegabytes", scene.Terrain.Cache.BudgetBytes / (1024 * 1024));
        json.WriteStartObject("tiles");
        json.WriteString("relief", "api/tiles/relief/{z}/{x}/{y}.png");
        json.WriteString("mask", "api/tiles/mask/{z}/{x}/{y}.png");
        json.WriteNumber("maxZoom", MapTileRenderer.MaxZoom);
        json.WriteEndObject();
        json.WriteStartObject("defaults");
        json.WriteNumber("alpha", DescentOptions.DefaultAlphaMetres);
        json.WriteNumber("gamma", DescentOptions.DefaultGamma);
        json.WriteNumber("seaLevel", DescentOptions.DefaultSeaLevelMetres);
        json.WriteNumber("maxSteps", DescentOptions.DefaultMaxSteps);
        json.WriteNumber("snapRadius", 0);
        json.WriteString("methods", Api.DescentQuery.DefaultMethods);
        json.WriteEndObject();
        json.WriteStartObject("limits");
        json.WriteNumber("maxSteps", Api.DescentQuery.MaxStepsLimit);
        json.WriteNumber("snapRadius", Api.DescentQuery.SnapRadiusLimitMetres);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// Every method of the catalogue with its map colour and the parameters it reads (name, symbol, description,
    /// unit, admissible range and default), in catalogue order, so the page builds its controls from data.
    /// </summary>
    public static void WriteMethods(Utf8JsonWriter json, MapComposition map)
    {
        json.WriteStartArray();
        foreach (var method in DescentMethods.All)
        {
            json.WriteStartObject();
            json.WriteString("name", method.Name);
            json.WriteString("colour", map.StyleFor(method.Name).Colour.ToHex());
            json.WriteStartArray("parameters");
            foreach (var parameter in MethodParameters.For(method))
            {
                json.WriteStartObject();
                json.WriteString("name", parameter.Name);
                json.WriteString("symbol", parameter.Symbol);
                json.WriteString("description", parameter.Description);
                json.WriteString("unit", parameter.Unit);
                json.WriteString("range", parameter.Range);
                json.WriteNumber("default", parameter.DefaultValue);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes the tiles' outlines as a GeoJSON FeatureCollection of Polygons with a <c>name</c> each.</summary>
    public static void WriteFootprints(Utf8JsonWriter json, TerrainScene scene)
    {
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var tile in scene.Footprints)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("properties");
            json.WriteString("name", tile.Name);
            json.WriteEndObject();
            json.WriteStartObject("geometry");
            json.WriteString("type", "Polygon");
            json.WriteStartArray("coordinates");
            json.WriteStartArray();
            foreach (var (lon, lat) in new[] { (tile.West, tile.South), (tile.East, tile.South), (tile.East, tile.North), (tile.West, tile.North), (tile.West, tile.South) })
            {
                json.WriteStartArray();
                json.WriteNumberValue(Math.Round(lon, 7));
                json.WriteNumberValue(Math.Round(lat, 7));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
