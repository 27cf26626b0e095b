using System.Text.Json;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Web.Map;
using TerrainDescent.Web.Rendering;

namespace TerrainDescent.Web.Api;

/// <summary>The JSON of <c>/api/info</c> (the raster, the image extent and the defaults) and <c>/api/methods</c>.</summary>
public static class SceneJson
{
    /// <summary>Writes what the page needs to place the images and fill its controls.</summary>
    public static void WriteInfo(Utf8JsonWriter json, TerrainScene scene, ImageFrame frame)
    {
        var grid = scene.Grid;
        var (west, south, east, north) = frame.Extent;
        json.WriteStartObject();
        json.WriteString("name", scene.Name);
        json.WriteNumber("width", grid.Width);
        json.WriteNumber("height", grid.Height);
        json.WriteString("projection", "EPSG:4326");
        json.WriteStartArray("imageExtent");
        json.WriteNumberValue(west);
        json.WriteNumberValue(south);
        json.WriteNumberValue(east);
        json.WriteNumberValue(north);
        json.WriteEndArray();
        json.WriteString("bounds", StartCheck.Bounds(grid));
        json.WriteNumber("minimumMetres", scene.Statistics.MinimumMetres);
        json.WriteNumber("maximumMetres", scene.Statistics.MaximumMetres);
        json.WriteNumber("metresPerSampleEast", Math.Round(grid.MetresPerSampleEast(grid.Height / 2), 2));
        json.WriteNumber("metresPerSampleNorth", Math.Round(grid.MetresPerSampleNorth(grid.Height / 2), 2));
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
}
