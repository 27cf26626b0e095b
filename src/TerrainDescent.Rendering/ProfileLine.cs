namespace TerrainDescent.Rendering;

/// <summary>One path's elevation profile: ground distance from the start and elevation at every vertex.</summary>
/// <param name="Method">The method's output name, which picks the line's colour.</param>
/// <param name="DistanceMetres">Ground metres from the start, non-decreasing, one per vertex.</param>
/// <param name="ElevationMetres">Elevation of each vertex, metres; NaN where a vertex lies in a void.</param>
public sealed record ProfileLine(string Method, IReadOnlyList<double> DistanceMetres, IReadOnlyList<double> ElevationMetres);
