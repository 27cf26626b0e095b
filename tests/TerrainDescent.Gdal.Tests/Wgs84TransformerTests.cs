using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Gdal.Tests;

/// <summary>The owned GDAL transformations behind <see cref="Wgs84Transformer"/>: freed once, never used after.</summary>
[Trait("Category", "Gdal")]
public sealed class Wgs84TransformerTests
{
    /// <summary>WGS 84 / UTM zone 29N, the zone of the Irish test tiles.</summary>
    private const string Utm29NorthWkt =
        "PROJCS[\"WGS 84 / UTM zone 29N\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
        + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
        + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",-9],PARAMETER[\"scale_factor\",0.9996],"
        + "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]";

    [Fact]
    public void FromLonLatThenToLonLat_InUtm_ReturnsTheStart()
    {
        using var transformer = Wgs84Transformer.For(Utm29NorthWkt, CoordinateKind.ProjectedMetres, "utm");

        var (x, y) = transformer.FromLonLat(-6.7797, 52.6175);
        var (longitude, latitude) = transformer.ToLonLat(x, y);

        Assert.Equal(-6.7797, longitude, 9);
        Assert.Equal(52.6175, latitude, 9);
    }

    [Fact]
    public void Dispose_CalledTwice_FreesOnceAndLaterUseThrows()
    {
        var transformer = Wgs84Transformer.For(Utm29NorthWkt, CoordinateKind.ProjectedMetres, "utm");

        transformer.Dispose();
        transformer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => transformer.ToLonLat(650_000, 5_830_000));
    }

    [Fact]
    public void For_ACrsGdalCannotRead_FailsWithTheSourceName()
    {
        var error = Assert.Throws<GdalException>(() => Wgs84Transformer.For("not a CRS", CoordinateKind.ProjectedMetres, "broken.tif"));

        Assert.Contains("broken.tif", error.Message);
    }
}
