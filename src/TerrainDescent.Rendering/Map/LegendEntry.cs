namespace TerrainDescent.Rendering.Map;

/// <summary>One entry of the legend.</summary>
/// <param name="Kind">The symbol drawn beside the label.</param>
/// <param name="Label">The text beside the symbol.</param>
/// <param name="Colours">The symbol's colours: the ramp's stops, or one colour.</param>
/// <param name="Values">For a ramp, the elevation in metres of each stop; otherwise empty.</param>
/// <param name="Outline">A marker's outline colour, or null.</param>
public sealed record LegendEntry(LegendKind Kind, string Label, IReadOnlyList<RgbaColour> Colours, IReadOnlyList<double> Values, RgbaColour? Outline = null);
