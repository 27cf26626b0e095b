using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;
using TerrainDescent.Core.Terrain;

namespace TerrainDescent.GeoJson.Tests;

/// <summary>
/// The kept vertices as NetTopologySuite's DouglasPeuckerSimplifier gives them, in the same metric frame: the reference
/// that <see cref="PathSimplifier"/>'s own array implementation must match index for index.
/// </summary>
internal static class NtsDouglasPeuckerReference
{
    private static readonly GeometryFactory s_metricFactory = new(new PrecisionModel(), 0);

    public static IReadOnlyList<int> KeptIndices(Coordinate[] lonLat, double toleranceMetres)
    {
        var origin = lonLat[0];
        var metresPerDegreeLon = EarthScale.MetresPerDegreeLongitude(origin.Y);
        var metresPerDegreeLat = EarthScale.MetresPerDegreeLatitude(origin.Y);

        // Each metric position carries its vertex index in Z, which Douglas–Peucker ignores and carries through.
        var metric = lonLat.Select((c, i) => (Coordinate)new CoordinateZ((c.X - origin.X) * metresPerDegreeLon, (c.Y - origin.Y) * metresPerDegreeLat, i)).ToArray();
        var simplified = DouglasPeuckerSimplifier.Simplify(s_metricFactory.CreateLineString(metric), toleranceMetres);
        var indices = simplified.Coordinates.Select(c => (int)c.Z).ToList();
        if (indices[^1] != lonLat.Length - 1)
        {
            indices.Add(lonLat.Length - 1);
        }

        return indices;
    }
}
