namespace TerrainDescent.Core.Batch;

/// <summary>One start of a batch run, named so its results can be traced back to it.</summary>
/// <param name="Id">The caller's name for the start, for example a summit name or a row number; echoed in results.</param>
/// <param name="X">Longitude in degrees, or easting in metres, in the grid's CRS.</param>
/// <param name="Y">Latitude in degrees, or northing in metres, in the grid's CRS.</param>
/// <param name="SnapRadiusMetres">
/// Ground radius in metres within which the start moves to the highest sample; null uses
/// <see cref="BatchOptions.SnapRadiusMetres"/>, 0 keeps the start where it is.
/// </param>
public sealed record BatchStart(string Id, double X, double Y, double? SnapRadiusMetres = null);
