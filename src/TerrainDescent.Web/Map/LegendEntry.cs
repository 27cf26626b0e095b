namespace TerrainDescent.Web.Map;

/// <summary>One entry of the legend.</summary>
/// <param name="Kind"><c>ramp</c> (a colour bar with elevations), <c>area</c>, <c>line</c> or <c>marker</c>.</param>
/// <param name="Label">The text beside the symbol.</param>
/// <param name="Colours">The symbol's colours: the ramp's stops, or one colour.</param>
/// <param name="Values">For a ramp, the elevation in metres of each stop; otherwise empty.</param>
/// <param name="Outline">A marker's outline colour, or null.</param>
public sealed record LegendEntry(string Kind, string Label, IReadOnlyList<RgbaColour> Colours, IReadOnlyList<double> Values, RgbaColour? Outline = null);
