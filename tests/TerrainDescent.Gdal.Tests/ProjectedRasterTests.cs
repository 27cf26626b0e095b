using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Gdal.Tests;

[Trait("Category", "Gdal")]
public sealed class ProjectedRasterTests
{
    private static readonly Lazy<string> s_utmTile = new(() =>
    {
        // Mt Leinster's surroundings warped to UTM zone 29N at 90 m, bilinear.
        var path = Path.Combine(TestData.NewTempFolder(), "leinster-utm29.tif");
        GdalTools.Run("gdalwarp", "-q", "-t_srs", "EPSG:32629", "-tr", "90", "90", "-r", "bilinear",
            "-te_srs", "EPSG:4326", "-te", "-6.95", "52.5", "-6.6", "52.7", TestData.N52W007, path);
        return path;
    });

    [Fact]
    public void Load_UtmGrid_IsProjectedInMetres()
    {
        var raster = RasterReader.Load(s_utmTile.Value);

        Assert.Equal(CoordinateKind.ProjectedMetres, raster.Grid.Kind);
        Assert.Equal(90.0, raster.Grid.MetresPerSampleEast(0), 6);
    }

    [Fact]
    public void Transformer_RoundTripsLonLatThroughUtm()
    {
        var raster = RasterReader.Load(s_utmTile.Value);
        using var transformer = Wgs84Transformer.For(raster);

        var (x, y) = transformer.FromLonLat(-6.7797, 52.6175);
        var (lon, lat) = transformer.ToLonLat(x, y);

        Assert.InRange(x, 500_000, 800_000);
        Approx.AssertClose(-6.7797, lon, 1e-9, "longitude");
        Approx.AssertClose(52.6175, lat, 1e-9, "latitude");
    }

    [Fact]
    public void Gradient_OnUtmGrid_AgreesWithGeographicGridInMetresPerMetre()
    {
        // The same slope measured on a lat/lon grid (with cos-latitude scaling) and on a metric UTM grid must agree:
        // the steepness of the ground does not depend on the CRS. UTM grid north differs from true north by the
        // meridian convergence (about 1.4° here), so compare slope magnitudes, away from the summit.
        var utm = RasterReader.Load(s_utmTile.Value);
        using var transformer = Wgs84Transformer.For(utm);
        var utmSurface = new TerrainSurface(utm.Grid);
        var geographicSurface = new TerrainSurface(RasterReader.Load(TestData.N52W007).Grid);
        var (lat, lon) = (52.60, -6.80);

        var (x, y) = transformer.FromLonLat(lon, lat);
        var (utmEast, utmNorth) = utmSurface.GradientAtCrs(x, y);
        var (geoEast, geoNorth) = geographicSurface.GradientAtCrs(lon, lat);

        var utmSlope = Math.Sqrt(utmEast * utmEast + utmNorth * utmNorth);
        var geoSlope = Math.Sqrt(geoEast * geoEast + geoNorth * geoNorth);
        Assert.True(geoSlope > 0.05, $"the test point should be on a slope, got {geoSlope}");
        Approx.AssertRelative(geoSlope, utmSlope, 0.08, "slope magnitude");
    }
}
