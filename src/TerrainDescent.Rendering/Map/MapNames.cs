namespace TerrainDescent.Rendering.Map;

/// <summary>The stable lower-case names of layers, layer kinds and legend kinds, as the page's JSON spells them.</summary>
public static class MapNames
{
    /// <summary>The layer's name, for example <c>sea-mask</c>.</summary>
    public static string ToName(this MapLayerId id) => id switch
    {
        MapLayerId.Relief => "relief",
        MapLayerId.SeaMask => "sea-mask",
        MapLayerId.Contours => "contours",
        MapLayerId.Footprints => "footprints",
        MapLayerId.Gradient => "gradient",
        MapLayerId.Peaks => "peaks",
        MapLayerId.Paths => "paths",
        MapLayerId.Markers => "markers",
        MapLayerId.Animation => "animation",
        MapLayerId.Furniture => "furniture",
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "no such layer"),
    };

    /// <summary>The kind's name: <c>tiles</c>, <c>outline</c>, <c>vector</c> or <c>picture</c>.</summary>
    public static string ToName(this MapLayerKind kind) => kind switch
    {
        MapLayerKind.Tiles => "tiles",
        MapLayerKind.Outline => "outline",
        MapLayerKind.Vector => "vector",
        MapLayerKind.Arrows => "arrows",
        MapLayerKind.Contours => "contours",
        MapLayerKind.Peaks => "peaks",
        MapLayerKind.PictureOnly => "picture",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such layer kind"),
    };

    /// <summary>The legend kind's name: <c>ramp</c>, <c>area</c>, <c>line</c> or <c>marker</c>.</summary>
    public static string ToName(this LegendKind kind) => kind switch
    {
        LegendKind.Ramp => "ramp",
        LegendKind.Area => "area",
        LegendKind.Line => "line",
        LegendKind.Marker => "marker",
        LegendKind.Peak => "peak",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such legend kind"),
    };
}
