namespace TerrainDescent.Web.Peaks;

/// <summary>A summit on the peaks layer.</summary>
/// <param name="Id">Its id, <c>peak-N</c> in order of the search (layer, tile group, then prominence).</param>
/// <param name="Name">The name of the named summit it is, or null.</param>
/// <param name="LatitudeDegrees">WGS84 latitude, degrees.</param>
/// <param name="LongitudeDegrees">WGS84 longitude, degrees.</param>
/// <param name="ElevationMetres">Summit elevation, metres.</param>
/// <param name="ProminenceMetres">Topographic prominence, metres.</param>
public sealed record MapPeak(string Id, string? Name, double LatitudeDegrees, double LongitudeDegrees, double ElevationMetres, double ProminenceMetres);
