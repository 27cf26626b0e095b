using TerrainDescent.Core.Descent;

namespace TerrainDescent.Application.Descents;

/// <summary>A request to descend from one start: where, with which methods, with which options.</summary>
/// <param name="LongitudeDegrees">Start longitude, WGS84 degrees.</param>
/// <param name="LatitudeDegrees">Start latitude, WGS84 degrees.</param>
/// <param name="Methods">The methods to run, in the order their paths are returned.</param>
/// <param name="Options">The descent options every method runs with.</param>
/// <param name="SnapRadiusMetres">Move the start to the highest sample within this ground radius first; 0 = off.</param>
public sealed record DescentRequest(double LongitudeDegrees, double LatitudeDegrees, IReadOnlyList<IDescentMethod> Methods, DescentOptions Options, double SnapRadiusMetres);
