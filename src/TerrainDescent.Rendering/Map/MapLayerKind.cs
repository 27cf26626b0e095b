namespace TerrainDescent.Rendering.Map;

/// <summary>How a layer is delivered to the web page.</summary>
public enum MapLayerKind
{
    /// <summary>XYZ picture tiles from the layer's source URL.</summary>
    Tiles,

    /// <summary>Vector outlines from the layer's source URL.</summary>
    Outline,

    /// <summary>Vector features the page draws itself.</summary>
    Vector,

    /// <summary>Arrows drawn by the page from a gradient grid.</summary>
    Arrows,

    /// <summary>Contour lines the page loads as GeoJSON for its view, at an interval it chooses.</summary>
    Contours,

    /// <summary>Summit points drawn by the page as triangles.</summary>
    Peaks,

    /// <summary>Drawn on static pictures only; the page has its own controls for it.</summary>
    PictureOnly,
}
