namespace TerrainDescent.Rendering.Tests;

/// <summary>The XYZ tile view: its geometry, and a relief tile against a committed reference.</summary>
public sealed class WebMercatorTileViewTests
{
    [Fact]
    public void PixelOf_TheCrsPositionOfAPixel_IsThatPixel()
    {
        var view = new WebMercatorTileView(12, 1970, 1342);

        var (longitude, latitude) = view.CrsAt(37.5, 201.25);
        var (x, y) = view.PixelOf(longitude, latitude);

        Assert.Equal(37.5, x, 6);
        Assert.Equal(201.25, y, 6);
    }

    [Fact]
    public void Bounds_OfTheWholeWorldTile_SpanTheMercatorSquare()
    {
        var bounds = new WebMercatorTileView(0, 0, 0).Bounds;

        Assert.Equal((-180.0, 180.0), (bounds.West, bounds.East));
        Assert.Equal(85.0511, bounds.North, 3);
        Assert.Equal(-85.0511, bounds.South, 3);
    }

    [Fact]
    public void ReliefTile_OverTheScene_MatchesTheReference()
    {
        var view = new WebMercatorTileView(12, 1970, 1342);

        var tile = ReliefPainter.Paint(TerrainSamples.Read(view, [PictureScene.Surface]), PictureScene.Composition);

        ImageComparer.AssertMatchesReference(tile, "relief-tile-12-1970-1342.png");
    }

    [Fact]
    public void SeaMaskTile_OverTheSceneEdge_TintsOnlyTheLowGroundOnTheData()
    {
        var view = new WebMercatorTileView(12, 1969, 1342);
        var samples = TerrainSamples.Read(view, [PictureScene.Surface], withSlopes: false);

        var mask = SeaMaskPainter.Paint(samples, PictureScene.SeaLevelMetres, PictureScene.Composition);

        Assert.Equal(samples.ElevationsMetres.Count(e => e < PictureScene.SeaLevelMetres), mask.VisiblePixels());
        Assert.InRange(mask.VisiblePixels(), 1, view.Width * view.Height - 1);
    }
}
