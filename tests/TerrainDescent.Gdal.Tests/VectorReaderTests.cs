using TerrainDescent.TestSupport;

namespace TerrainDescent.Gdal.Tests;

[Trait("Category", "Gdal")]
public sealed class VectorReaderTests
{
    [Fact]
    public void ReadFeatures_GeoJsonPoints_ReturnsPositionsAndFields()
    {
        var path = Path.Combine(TestData.NewTempFolder(), "p.geojson");
        File.WriteAllText(path, """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Mt Leinster","z":795},"geometry":{"type":"Point","coordinates":[-6.7797,52.6175,795]}}]}""");

        var features = VectorReader.ReadFeatures(path);

        var feature = Assert.Single(features);
        Assert.Equal("Point", feature.GeometryType);
        Assert.True(feature.Is3D);
        Assert.Equal((-6.7797, 52.6175, 795.0), feature.Positions[0]);
        Assert.Equal("Mt Leinster", feature.Fields["name"]);
    }

    [Fact]
    public void ReadFeatures_NotVector_FailsWithOneLine()
    {
        var error = Assert.Throws<GdalException>(() => VectorReader.ReadFeatures(TestData.N52W007));

        Assert.StartsWith("cannot read", error.Message);
    }
}
