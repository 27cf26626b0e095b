namespace TerrainDescent.Gdal;

/// <summary>The vector file formats paths are written in, chosen by the output's extension.</summary>
public enum VectorFormat
{
    /// <summary>RFC 7946 GeoJSON (<c>.geojson</c>, <c>.json</c>), written by this product's own writer.</summary>
    GeoJson,

    /// <summary>GPX 1.1 (<c>.gpx</c>): one track per path, elevation per point, through GDAL's GPX driver.</summary>
    Gpx,

    /// <summary>OGC GeoPackage (<c>.gpkg</c>): one layer <c>paths</c>, through GDAL's GPKG driver.</summary>
    GeoPackage,
}
