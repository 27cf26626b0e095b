using TerrainDescent.Rendering.Map;

namespace TerrainDescent.Rendering.Tests;

/// <summary>The static picture against committed references, and a check that every drawn layer shows.</summary>
public sealed class MapPictureTests
{
    private static readonly Lazy<MapImage> s_full = new(() => PictureScene.Compose(PictureScene.Composition, PictureScene.Paths));

    [Fact]
    public void Compose_ReliefAndMaskWithoutPaths_MatchesTheReference()
    {
        var picture = PictureScene.Compose(PictureScene.Composition, []);

        ImageComparer.AssertMatchesReference(picture, "relief-mask-legend.png");
    }

    [Fact]
    public void Compose_WithPathsAndMarkers_MatchesTheReference()
    {
        ImageComparer.AssertMatchesReference(s_full.Value, "paths-markers-legend.png");
    }

    [Theory]
    [InlineData(MapLayerId.Relief)]
    [InlineData(MapLayerId.SeaMask)]
    [InlineData(MapLayerId.Paths)]
    [InlineData(MapLayerId.Markers)]
    [InlineData(MapLayerId.Furniture)]
    public void Compose_WithoutAnyOneLayer_NoLongerMatchesTheReference(MapLayerId dropped)
    {
        var picture = PictureScene.Compose(PictureScene.Composition.Without(dropped), PictureScene.Paths);

        Assert.False(ImageComparer.Matches(ImageComparer.Reference("paths-markers-legend.png"), picture), $"dropping {dropped} went unnoticed");
    }

    [Fact]
    public void LegendCorner_WithTheTopLeftFree_IsTheTopLeft()
    {
        var corner = MapPicture.LegendCorner(PictureScene.View, PictureScene.Composition, PictureScene.Paths, PictureScene.SeaLevelMetres);

        Assert.Equal(PictureCorner.TopLeft, corner);
    }

    [Theory]
    [InlineData(-6.89, 52.595, PictureCorner.TopRight)]
    [InlineData(-6.89, 52.595, PictureCorner.TopLeft)]
    [InlineData(-6.71, 52.595, PictureCorner.TopRight)]
    public void LegendCorner_WithAPathIntoACorner_HidesNoneOfIt(double longitude, double latitude, PictureCorner notThere)
    {
        var paths = PictureScene.Paths.Append(PictureScene.StraightPath(Core.Descent.AdamDescent.MethodName, longitude, latitude)).ToList();

        var corner = MapPicture.LegendCorner(PictureScene.View, PictureScene.Composition, paths, PictureScene.SeaLevelMetres);

        Assert.NotEqual(notThere, corner);
    }

    [Fact]
    public void Compose_UnderTheMomentumPath_IsItsColour()
    {
        var colour = PictureScene.Composition.StyleFor(Core.Descent.MomentumDescent.MethodName).Colour;
        var (a, b) = (PictureScene.Paths[1].Vertices[2], PictureScene.Paths[1].Vertices[3]);
        var (x, y) = PictureScene.View.PixelOf((a.X + b.X) / 2, (a.Y + b.Y) / 2);

        var pixel = s_full.Value[(int)x, (int)y];

        Assert.True(Math.Abs(pixel.R - colour.R) + Math.Abs(pixel.G - colour.G) + Math.Abs(pixel.B - colour.B) < 40, $"pixel {pixel} is not {colour.ToHex()}");
    }
}
