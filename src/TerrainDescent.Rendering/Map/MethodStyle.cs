namespace TerrainDescent.Rendering.Map;

/// <summary>How one descent method's path is drawn.</summary>
/// <param name="Method">The method's output name, for example <c>hill-walker</c>.</param>
/// <param name="Colour">Line and end-marker colour.</param>
/// <param name="LineWidthPixels">Line width in screen (or picture) pixels.</param>
public sealed record MethodStyle(string Method, RgbaColour Colour, double LineWidthPixels);
