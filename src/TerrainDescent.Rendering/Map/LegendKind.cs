namespace TerrainDescent.Rendering.Map;

/// <summary>The symbol of a legend entry.</summary>
public enum LegendKind
{
    /// <summary>A colour bar with the elevations of its ends.</summary>
    Ramp,

    /// <summary>A filled swatch.</summary>
    Area,

    /// <summary>A line in a path's colour.</summary>
    Line,

    /// <summary>A round marker.</summary>
    Marker,

    /// <summary>A summit triangle.</summary>
    Peak,
}
