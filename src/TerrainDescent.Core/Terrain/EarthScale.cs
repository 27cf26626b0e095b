namespace TerrainDescent.Core.Terrain;

/// <summary>
/// Metres on the ground per degree of latitude and longitude on the WGS84 ellipsoid.
/// Uses the standard series expansions of the meridional and parallel radii of curvature:
/// <c>m/°lat = 111132.92 − 559.82·cos 2φ + 1.175·cos 4φ − 0.0023·cos 6φ</c> and
/// <c>m/°lon = 111412.84·cos φ − 93.5·cos 3φ + 0.118·cos 5φ</c>, accurate to about a centimetre per degree.
/// A degree of longitude shrinks with cos φ; forgetting that overstates east–west distances
/// (and understates east–west slope) by about 40 % at 52° N.
/// </summary>
public static class EarthScale
{
    /// <summary>Metres per degree of latitude at <paramref name="latitudeDegrees"/>.</summary>
    public static double MetresPerDegreeLatitude(double latitudeDegrees)
    {
        var phi = latitudeDegrees * Math.PI / 180.0;
        return 111132.92 - 559.82 * Math.Cos(2 * phi) + 1.175 * Math.Cos(4 * phi) - 0.0023 * Math.Cos(6 * phi);
    }

    /// <summary>Metres per degree of longitude at <paramref name="latitudeDegrees"/>; zero at the poles.</summary>
    public static double MetresPerDegreeLongitude(double latitudeDegrees)
    {
        var phi = latitudeDegrees * Math.PI / 180.0;
        var metres = 111412.84 * Math.Cos(phi) - 93.5 * Math.Cos(3 * phi) + 0.118 * Math.Cos(5 * phi);
        return Math.Max(metres, 0.0);
    }

    /// <summary>
    /// Ground distance in metres between two nearby WGS84 points, by the local equirectangular approximation
    /// at their mean latitude (error well under 0.1 % for the sub-kilometre steps this is used on).
    /// </summary>
    public static double DistanceMetres(double lon1, double lat1, double lon2, double lat2)
    {
        var meanLatitude = 0.5 * (lat1 + lat2);
        var east = (lon2 - lon1) * MetresPerDegreeLongitude(meanLatitude);
        var north = (lat2 - lat1) * MetresPerDegreeLatitude(meanLatitude);
        return Math.Sqrt(east * east + north * north);
    }
}
