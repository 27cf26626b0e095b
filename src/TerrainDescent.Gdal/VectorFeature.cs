namespace TerrainDescent.Gdal;

/// <summary>A feature read with OGR: its geometry type, positions (x, y, z) and attribute values as text.</summary>
/// <param name="GeometryType">OGR's geometry type name without the Z/M suffix, e.g. <c>Point</c>, <c>LineString</c>.</param>
/// <param name="Is3D">Whether the geometry carries z values.</param>
/// <param name="Positions">The vertices; z is 0 when the geometry is 2-D.</param>
/// <param name="Fields">Attribute name → value as text (null when unset).</param>
public sealed record VectorFeature(
    string GeometryType,
    bool Is3D,
    IReadOnlyList<(double X, double Y, double Z)> Positions,
    IReadOnlyDictionary<string, string?> Fields);
