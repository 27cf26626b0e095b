using TerrainDescent.Core.Descent;
using TerrainDescent.Rendering.Map;

namespace TerrainDescent.Rendering.Tests.Map;

/// <summary>The one place that decides what the map shows: layers, colours, ramp and legend.</summary>
public sealed class MapCompositionTests
{
    private readonly MapComposition _map = new(DescentMethods.Names, -8, 922);

    [Fact]
    public void Composition_GivesEveryCatalogueMethodItsOwnColour()
    {
        var colours = DescentMethods.Names.Select(m => _map.StyleFor(m).Colour).ToList();

        Assert.Equal(colours.Count, colours.Distinct().Count());
        Assert.DoesNotContain(_map.SeaMaskColour with { A = 255 }, colours);
    }

    [Fact]
    public void Layers_GoFromReliefAtTheBottomToTheAnimationOnTop()
    {
        var ids = _map.Layers.Select(l => l.Id).ToList();

        Assert.Equal([MapLayerId.Relief, MapLayerId.SeaMask, MapLayerId.Contours, MapLayerId.Footprints, MapLayerId.Gradient, MapLayerId.Peaks, MapLayerId.Paths, MapLayerId.Markers, MapLayerId.Animation, MapLayerId.Furniture], ids);
    }

    [Fact]
    public void LayerNames_AreDistinctAndKebabCaseAsThePageExpects()
    {
        var names = Enum.GetValues<MapLayerId>().Select(id => id.ToName()).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal("sea-mask", MapLayerId.SeaMask.ToName());
        Assert.All(Enum.GetValues<LegendKind>(), kind => Assert.Matches("^[a-z]+$", kind.ToName()));
    }

    [Fact]
    public void Without_DropsOnlyThatLayer()
    {
        var map = _map.Without(MapLayerId.SeaMask);

        Assert.False(map.Shows(MapLayerId.SeaMask));
        Assert.Equal(_map.Layers.Count - 1, map.Layers.Count);
        Assert.True(_map.Shows(MapLayerId.SeaMask));
    }

    [Fact]
    public void Legend_RampSpansTheElevationRange()
    {
        var ramp = _map.Legend(4).Single(e => e.Kind == LegendKind.Ramp);

        Assert.Equal(-8, ramp.Values[0]);
        Assert.Equal(922, ramp.Values[^1]);
    }

    [Theory]
    [InlineData(-8, "#3b7a45")]
    [InlineData(922, "#ffffff")]
    [InlineData(5000, "#ffffff")]
    public void ColourAt_TheEndsOfTheRange_IsTheEndStopColour(double metres, string expectedHex)
    {
        var colour = _map.Ramp.ColourAt(metres, -8, 922);

        Assert.Equal(expectedHex, colour.ToHex());
    }

    [Fact]
    public void Legend_NamesTheThresholdAndEveryMethod()
    {
        var labels = _map.Legend(12.5).Select(e => e.Label).ToList();

        Assert.Contains("Below 12.5 m", labels);
        Assert.All(DescentMethods.Names, name => Assert.Contains(name, labels));
    }
}
