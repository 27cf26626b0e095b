namespace TerrainDescent.Rendering.Map;

/// <summary>
/// A hypsometric colour ramp: colours at fractions of the raster's elevation range (0 = lowest, 1 = highest),
/// linear between stops. Fractions rather than metres give every tile, lowland or alpine, the full ramp.
/// </summary>
public sealed class ElevationRamp
{
    /// <summary>Creates a ramp; <paramref name="stops"/> must start at 0, end at 1 and increase.</summary>
    public ElevationRamp(IReadOnlyList<(double Fraction, RgbaColour Colour)> stops)
    {
        if (stops.Count < 2 || stops[0].Fraction != 0 || stops[^1].Fraction != 1
            || stops.Zip(stops.Skip(1)).Any(p => p.Second.Fraction <= p.First.Fraction))
        {
            throw new ArgumentException("ramp stops must increase from fraction 0 to 1", nameof(stops));
        }

        Stops = stops;
    }

    /// <summary>The stops, lowest first.</summary>
    public IReadOnlyList<(double Fraction, RgbaColour Colour)> Stops { get; }

    /// <summary>The stops placed on an elevation range, in metres, lowest first.</summary>
    public IReadOnlyList<(double ElevationMetres, RgbaColour Colour)> InMetres(double minimumMetres, double maximumMetres)
    {
        var span = Math.Max(maximumMetres - minimumMetres, 1.0);
        return Stops.Select(s => (minimumMetres + s.Fraction * span, s.Colour)).ToList();
    }

    /// <summary>The colour of <paramref name="elevationMetres"/> on the range, clamped at the ends.</summary>
    public RgbaColour ColourAt(double elevationMetres, double minimumMetres, double maximumMetres) =>
        ColourAt(InMetres(minimumMetres, maximumMetres), elevationMetres);

    /// <summary>
    /// The colour of <paramref name="elevationMetres"/>, linear between <paramref name="stopsInMetres"/> (from
    /// <see cref="InMetres"/>, lowest first) and clamped at the ends; painters place the stops once per picture.
    /// </summary>
    public static RgbaColour ColourAt(IReadOnlyList<(double ElevationMetres, RgbaColour Colour)> stopsInMetres, double elevationMetres)
    {
        var stops = stopsInMetres;
        if (elevationMetres <= stops[0].ElevationMetres)
        {
            return stops[0].Colour;
        }

        for (var i = 1; i < stops.Count; i++)
        {
            if (elevationMetres <= stops[i].ElevationMetres)
            {
                var (low, high) = (stops[i - 1], stops[i]);
                return low.Colour.Lerp(high.Colour, (elevationMetres - low.ElevationMetres) / (high.ElevationMetres - low.ElevationMetres));
            }
        }

        return stops[^1].Colour;
    }
}
