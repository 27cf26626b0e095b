namespace TerrainDescent.Web;

/// <summary>The outer cell edges of a tile (or of all of them), in degrees of longitude and latitude.</summary>
/// <param name="Name">The tile's name.</param>
/// <param name="West">Western edge, degrees.</param>
/// <param name="South">Southern edge, degrees.</param>
/// <param name="East">Eastern edge, degrees.</param>
/// <param name="North">Northern edge, degrees.</param>
public sealed record TileBounds(string Name, double West, double South, double East, double North);
