namespace TerrainDescent.Web.Peaks;

/// <summary>A summit with a name, from the product's summit lists (<c>data/summits-*.csv</c>).</summary>
/// <param name="Name">The summit's name.</param>
/// <param name="LatitudeDegrees">WGS84 latitude, degrees.</param>
/// <param name="LongitudeDegrees">WGS84 longitude, degrees.</param>
public sealed record NamedSummit(string Name, double LatitudeDegrees, double LongitudeDegrees);
