namespace TerrainDescent.Rendering.Map;

/// <summary>A round marker: a filled disc with an outline.</summary>
/// <param name="RadiusPixels">Disc radius in pixels, outline excluded.</param>
/// <param name="Fill">Fill colour; null means "the path's method colour".</param>
/// <param name="Outline">Outline colour.</param>
/// <param name="OutlineWidthPixels">Outline width in pixels.</param>
public sealed record MarkerStyle(double RadiusPixels, RgbaColour? Fill, RgbaColour Outline, double OutlineWidthPixels)
{
    /// <summary>The fill for a path drawn in <paramref name="methodColour"/>.</summary>
    public RgbaColour FillFor(RgbaColour methodColour) => Fill ?? methodColour;
}
