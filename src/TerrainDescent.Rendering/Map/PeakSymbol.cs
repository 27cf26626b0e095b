namespace TerrainDescent.Rendering.Map;

/// <summary>
/// How the peaks layer draws a summit: an upward triangle whose size grows with the square root of its prominence
/// from <paramref name="MinRadiusPixels"/> (at <paramref name="MinProminenceMetres"/>) to <paramref name="MaxRadiusPixels"/>
/// (at <paramref name="FullProminenceMetres"/> and above), named from zoom <paramref name="LabelsFromZoom"/> on.
/// </summary>
/// <param name="Fill">Triangle fill.</param>
/// <param name="Outline">Triangle outline and label halo.</param>
/// <param name="MinRadiusPixels">Radius of the least prominent summit shown, pixels.</param>
/// <param name="MaxRadiusPixels">Radius of the most prominent summits, pixels.</param>
/// <param name="MinProminenceMetres">The smallest prominence the layer asks for, metres.</param>
/// <param name="FullProminenceMetres">The prominence from which the radius stays at its maximum, metres.</param>
/// <param name="LabelsFromZoom">The web-mercator zoom from which names (or heights) are written beside the triangles.</param>
public sealed record PeakSymbol(RgbaColour Fill, RgbaColour Outline, double MinRadiusPixels, double MaxRadiusPixels, double MinProminenceMetres, double FullProminenceMetres, double LabelsFromZoom)
{
    /// <summary>The radius of a summit of <paramref name="prominenceMetres"/>, pixels.</summary>
    public double RadiusPixels(double prominenceMetres)
    {
        var t = Math.Sqrt(Math.Clamp((prominenceMetres - MinProminenceMetres) / (FullProminenceMetres - MinProminenceMetres), 0, 1));
        return MinRadiusPixels + (t * (MaxRadiusPixels - MinRadiusPixels));
    }
}
