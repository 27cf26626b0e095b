using System.Globalization;
using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Gdal.Tests;

/// <summary>
/// Cross-checks the surface against ../shared/data/reference/gradients.csv: 60 points on four real tiles with
/// bilinear elevations and metric gradients from an independent implementation. Its README allows about 2 % per
/// component (or 1° of bearing) for a different Earth model; a missing cos-latitude factor would be off by ~40 %.
/// </summary>
[Trait("Category", "Gdal")]
public sealed class ReferenceGradientTests
{
    private static readonly Dictionary<string, TerrainSurface> s_surfaces = [];

    public static TheoryData<string, double, double, double, double, double> Points()
    {
        var data = new TheoryData<string, double, double, double, double, double>();
        foreach (var line in File.ReadLines(Path.Combine(TestData.ReferenceFolder, "gradients.csv")).Skip(1))
        {
            var f = line.Split(',');
            double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            data.Add(f[0], D(1), D(2), D(3), D(4), D(5));
        }

        return data;
    }

    [Fact]
    public void ReferenceFile_HasSixtyPoints()
    {
        Assert.Equal(60, Points().Count);
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void Surface_MatchesIndependentReference(string tile, double lat, double lon, double elevation, double east, double north)
    {
        var surface = SurfaceOf(tile);

        var (actualEast, actualNorth) = surface.GradientAtCrs(lon, lat);

        Approx.AssertClose(elevation, surface.ElevationAtCrs(lon, lat), 0.05, "elevation");
        var magnitude = Math.Sqrt(east * east + north * north);
        Approx.AssertClose(east, actualEast, 0.02 * magnitude, "dz/dEast");
        Approx.AssertClose(north, actualNorth, 0.02 * magnitude, "dz/dNorth");
        var bearingError = Math.Abs(Math.IEEERemainder(Math.Atan2(actualEast, actualNorth) - Math.Atan2(east, north), 2 * Math.PI));
        Assert.True(bearingError * 180 / Math.PI < 1.0, $"downhill bearing off by {bearingError * 180 / Math.PI:F2}°");
    }

    private static TerrainSurface SurfaceOf(string tile)
    {
        lock (s_surfaces)
        {
            if (!s_surfaces.TryGetValue(tile, out var surface))
            {
                surface = new TerrainSurface(RasterReader.Load(TestData.Tile(tile)).Grid);
                s_surfaces[tile] = surface;
            }

            return surface;
        }
    }
}
