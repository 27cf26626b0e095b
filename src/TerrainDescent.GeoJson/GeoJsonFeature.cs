using NetTopologySuite.Geometries;

namespace TerrainDescent.GeoJson;

/// <summary>A feature to write: a WGS84 geometry (x = longitude, y = latitude, z = elevation in metres) and flat properties.</summary>
/// <param name="Geometry">A Point or LineString in WGS84 longitude/latitude, Z in metres.</param>
/// <param name="Properties">Name–value pairs written in order; values are strings, numbers, booleans or null.</param>
public sealed record GeoJsonFeature(Geometry Geometry, IReadOnlyList<KeyValuePair<string, object?>> Properties);
