using System.Text.Json;
using TerrainDescent.Rendering.Map;

namespace TerrainDescent.Web.Api;

/// <summary>
/// Writes a <see cref="MapComposition"/> as the JSON the page builds its layers, styles and legend from
/// (<c>GET /api/map</c>). Colours are CSS strings, sizes are pixels.
/// </summary>
public static class MapCompositionJson
{
    /// <summary>Writes the composition, with the legend for <paramref name="seaLevelMetres"/>.</summary>
    public static void Write(Utf8JsonWriter json, MapComposition map, double seaLevelMetres)
    {
        json.WriteStartObject();
        json.WriteStartArray("layers");
        foreach (var layer in map.Layers.Where(l => l.Kind != MapLayerKind.PictureOnly))
        {
            json.WriteStartObject();
            json.WriteString("id", layer.Id.ToName());
            json.WriteString("title", layer.Title);
            json.WriteString("kind", layer.Kind.ToName());
            json.WriteString("source", layer.Source);
            json.WriteNumber("opacity", layer.Opacity);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("seaMaskColour", map.SeaMaskColour.ToCss());
        json.WriteStartObject("pathHalo");
        json.WriteString("colour", map.PathHaloColour.ToCss());
        json.WriteNumber("extraWidthPixels", map.PathHaloWidthPixels);
        json.WriteEndObject();
        WriteMarker(json, "startMarker", map.StartMarker);
        WriteMarker(json, "endMarker", map.EndMarker);
        WriteMarker(json, "animationMarker", map.AnimationMarker);
        var peak = map.PeakSymbol;
        json.WriteStartObject("peakSymbol");
        json.WriteString("fill", peak.Fill.ToCss());
        json.WriteString("outline", peak.Outline.ToCss());
        json.WriteNumber("minRadiusPixels", peak.MinRadiusPixels);
        json.WriteNumber("maxRadiusPixels", peak.MaxRadiusPixels);
        json.WriteNumber("minProminenceMetres", peak.MinProminenceMetres);
        json.WriteNumber("fullProminenceMetres", peak.FullProminenceMetres);
        json.WriteNumber("labelsFromZoom", peak.LabelsFromZoom);
        json.WriteEndObject();
        json.WriteStartArray("methods");
        foreach (var style in map.MethodStyles)
        {
            json.WriteStartObject();
            json.WriteString("method", style.Method);
            json.WriteString("colour", style.Colour.ToHex());
            json.WriteNumber("lineWidthPixels", style.LineWidthPixels);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("legend");
        foreach (var entry in map.Legend(seaLevelMetres, withPeaks: true))
        {
            json.WriteStartObject();
            json.WriteString("kind", entry.Kind.ToName());
            json.WriteString("label", entry.Label);
            json.WriteStartArray("colours");
            entry.Colours.ToList().ForEach(c => json.WriteStringValue(c.ToCss()));
            json.WriteEndArray();
            json.WriteStartArray("values");
            entry.Values.ToList().ForEach(v => json.WriteNumberValue(Math.Round(v, 1)));
            json.WriteEndArray();
            json.WriteString("outline", entry.Outline?.ToCss());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMarker(Utf8JsonWriter json, string name, MarkerStyle marker)
    {
        json.WriteStartObject(name);
        json.WriteNumber("radiusPixels", marker.RadiusPixels);
        json.WriteString("fill", marker.Fill?.ToCss());
        json.WriteString("outline", marker.Outline.ToCss());
        json.WriteNumber("outlineWidthPixels", marker.OutlineWidthPixels);
        json.WriteEndObject();
    }
}
