using NetTopologySuite.Geometries;
using TerrainDescent.Core.Peaks;

namespace TerrainDescent.GeoJson;

/// <summary>
/// Turns summits into GeoJSON Points: longitude, latitude and elevation (Z, metres), with properties id,
/// elevation_m, prominence_m, col_elevation_m, col_lon, col_lat and at_boundary.
/// </summary>
public static class PeakFeatures
{
    private static readonly GeometryFactory s_factory = new(new PrecisionModel(), 4326);

    /// <summary>The feature of <paramref name="peak"/>, named <paramref name="id"/>.</summary>
    public static GeoJsonFeature Create(Peak peak, PathFeatures.ToLonLat toLonLat, string id)
    {
        var (lon, lat) = toLonLat(peak.X, peak.Y);
        var (colLon, colLat) = toLonLat(peak.ColX, peak.ColY);
        var point = s_factory.CreatePoint(new CoordinateZ(lon, lat, peak.ElevationMetres));
        KeyValuePair<string, object?>[] properties =
        [
            new("id", id),
            new("elevation_m", Round(peak.ElevationMetres)),
            new("prominence_m", Round(peak.ProminenceMetres)),
            new("col_elevation_m", Round(peak.ColElevationMetres)),
            new("col_lon", Math.Round(colLon, GeoJsonWriter.CoordinateDecimals)),
            new("col_lat", Math.Round(colLat, GeoJsonWriter.CoordinateDecimals)),
            new("at_boundary", peak.AtBoundary),
        ];
        return new GeoJsonFeature(point, properties);
    }

    private static double Round(double metres) => Math.Round(metres, GeoJsonWriter.MetreDecimals);
}
