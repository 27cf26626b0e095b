using TerrainDescent.Core.Descent;
using TerrainDescent.Web.Map;

namespace TerrainDescent.Web.Tests.Map;

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

        Assert.Equal(["relief", "sea-mask", "footprints", "gradient", "peaks", "paths", "markers", "animation"], ids);
    }

    [Fact]
    public void ColourTable_SpansTheElevationRangeAndLeavesVoidsTransparent()
    {
        var lines = _map.Ramp.ToGdalColourTable(-8, 922).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("-8 ", lines[0]);
        Assert.StartsWith("922 ", lines[^2]);
        Assert.Equal("nv 0 0 0 0", lines[^1]);
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
