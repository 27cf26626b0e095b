namespace TerrainDescent.Core.Terrain;

/// <summary>A vertex of a terrain path in the grid's CRS (longitude, latitude for geographic grids) with its elevation.</summary>
/// <param name="X">Longitude in degrees, or easting in metres.</param>
/// <param name="Y">Latitude in degrees, or northing in metres.</param>
/// <param name="ElevationMetres">Bilinear elevation at the vertex.</param>
public readonly record struct PathVertex(double X, double Y, double ElevationMetres);
