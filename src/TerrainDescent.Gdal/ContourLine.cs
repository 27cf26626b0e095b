namespace TerrainDescent.Gdal;

/// <summary>One contour line: its elevation and its vertices in the raster's CRS (here longitude, latitude).</summary>
/// <param name="ElevationMetres">The level the line follows, metres.</param>
/// <param name="X">The vertices' x (longitude, degrees), in line order.</param>
/// <param name="Y">The vertices' y (latitude, degrees), in line order.</param>
public sealed record ContourLine(double ElevationMetres, double[] X, double[] Y);
