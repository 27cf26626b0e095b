namespace TerrainDescent.Rendering.Map;

/// <summary>The layers a map can show; <see cref="MapNames"/> gives each its stable name for the page.</summary>
public enum MapLayerId
{
    /// <summary>Shaded relief: the elevation ramp times the hillshade.</summary>
    Relief,

    /// <summary>The tint over cells below the sea-level threshold.</summary>
    SeaMask,

    /// <summary>Contour lines at a chosen interval, traced by the server (web map only).</summary>
    Contours,

    /// <summary>The outlines of the terrain tiles (web map only).</summary>
    Footprints,

    /// <summary>Downhill arrows (−∇z) on a grid over the view.</summary>
    Gradient,

    /// <summary>Summits, sized by prominence.</summary>
    Peaks,

    /// <summary>The descent paths, each in its method's colour over a halo.</summary>
    Paths,

    /// <summary>The start and end markers of the paths.</summary>
    Markers,

    /// <summary>The walkers moved along the paths (web map only).</summary>
    Animation,

    /// <summary>The scale bar and north arrow (static pictures only).</summary>
    Furniture,
}
