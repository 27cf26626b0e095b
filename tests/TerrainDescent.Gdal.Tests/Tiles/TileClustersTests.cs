using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Tiles;

namespace TerrainDescent.Gdal.Tests.Tiles;

public sealed class TileClustersTests
{
    private const double Cell = 1.0 / 1200;

    /// <summary>An SRTM3-like tile whose south-west sample sits on (lon, lat); edges half a cell outside the degree lines.</summary>
    private static TileInfo Srtm3(int lon, int lat, string crs = "WGS84") => new(
        $"{lat}_{lon}.hgt", $"/data/{lat}_{lon}.hgt", 1201, 1201, new GeoTransform(lon - Cell / 2, Cell, lat + 1 + Cell / 2, -Cell), crs, CoordinateKind.Geographic);

    [Fact]
    public void Group_NeighboursByEdgeAndCorner_FormOneClusterAndFarTilesTheirOwn()
    {
        TileInfo[] tiles = [Srtm3(-7, 52), Srtm3(-155, 19), Srtm3(-6, 52), Srtm3(-5, 53), Srtm3(10, 45)];

        var clusters = TileClusters.Group(tiles);

        Assert.Equal(3, clusters.Count);
        Assert.Equal([tiles[0], tiles[2], tiles[3]], clusters[0].Tiles);
        Assert.Equal([tiles[1]], clusters[1].Tiles);
        Assert.Equal([tiles[4]], clusters[2].Tiles);
    }

    [Fact]
    public void Group_TilesOneDegreeApart_DoNotTouch()
    {
        var clusters = TileClusters.Group([Srtm3(-7, 52), Srtm3(-5, 52)]);

        Assert.Equal(2, clusters.Count);
    }

    [Fact]
    public void Group_SameBoundsInDifferentCrs_StayApart()
    {
        var clusters = TileClusters.Group([Srtm3(-7, 52), Srtm3(-6, 52, crs: "other")]);

        Assert.Equal(2, clusters.Count);
    }

    [Fact]
    public void MosaicSize_TwoAdjacentSrtm3Tiles_Counts2401ColumnsForTheSharedEdge()
    {
        var cluster = Assert.Single(TileClusters.Group([Srtm3(-7, 52), Srtm3(-6, 52)]));

        Assert.Equal((2401L, 1201L), cluster.MosaicSize);
        Assert.Equal("52_-7.hgt + 1 more", cluster.Name);
    }
}
