namespace TerrainDescent.Application.Inputs;

/// <summary>One start read from a peaks file.</summary>
/// <param name="Id">The start's name: the id or name column, or else <paramref name="Row"/>.</param>
/// <param name="Latitude">WGS84 latitude in degrees, in [−90, 90].</param>
/// <param name="Longitude">WGS84 longitude in degrees, in [−180, 180].</param>
/// <param name="Row">Where it came from, for messages: "line 4" of a CSV file or "feature 3" of a GeoJSON file.</param>
public sealed record PeakEntry(string Id, double Latitude, double Longitude, string Row);
