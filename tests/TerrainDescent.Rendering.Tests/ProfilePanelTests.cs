using TerrainDescent.Core.Descent;
using TerrainDescent.Rendering.Map;

namespace TerrainDescent.Rendering.Tests;

/// <summary>The elevation profile under the map: one line per path in its colour, round ticks, the sea level.</summary>
public sealed class ProfilePanelTests
{
    private static readonly MapComposition s_map = new(DescentMethods.Names, 0, 800);

    /// <summary>A hill-walker path down to 100 m over 5 km and a momentum path that climbs a bump on its way to 10 m.</summary>
    private static readonly ProfileLine[] s_lines =
    [
        new(HillWalkerDescent.MethodName, [0, 1000, 2500, 5000], [800, 500, 250, 100]),
        new(MomentumDescent.MethodName, [0, 2000, 4000, 6000, 9000], [800, 300, 150, 260, 10]),
    ];

    [Fact]
    public void Draw_TwoPaths_MatchesTheReference()
    {
        var panel = ProfilePanel.Draw(480, 180, s_map, s_lines, 40);

        ImageComparer.AssertMatchesReference(panel, "profile-two-paths.png");
    }

    [Fact]
    public void Draw_WithoutOneOfThePaths_NoLongerMatchesTheReference()
    {
        var panel = ProfilePanel.Draw(480, 180, s_map, s_lines[..1], 40);

        Assert.False(ImageComparer.Matches(ImageComparer.Reference("profile-two-paths.png"), panel), "a dropped profile line went unnoticed");
    }

    [Fact]
    public void Draw_EachLine_IsInItsMethodsColourAndNoOtherMethodIsDrawn()
    {
        var panel = ProfilePanel.Draw(480, 180, s_map, s_lines, 40);

        Assert.True(CountOf(panel, s_map.StyleFor(HillWalkerDescent.MethodName).Colour) > 50, "hill-walker line missing");
        Assert.True(CountOf(panel, s_map.StyleFor(MomentumDescent.MethodName).Colour) > 50, "momentum line missing");
        Assert.Equal(0, CountOf(panel, s_map.StyleFor(AdamDescent.MethodName).Colour));
    }

    [Theory]
    [InlineData(9000, 6, 2000)]
    [InlineData(15700, 6, 5000)]
    [InlineData(790, 4, 200)]
    [InlineData(40, 4, 10)]
    [InlineData(0, 4, 1)]
    public void NiceStep_IsOneTwoOrFiveTimesAPowerOfTen(double range, int count, double expected) =>
        Assert.Equal(expected, ProfilePanel.NiceStep(range, count), 9);

    private static int CountOf(MapImage image, RgbaColour colour)
    {
        var count = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var (r, g, b, _) = image[x, y];
                if (Math.Abs(r - colour.R) <= 8 && Math.Abs(g - colour.G) <= 8 && Math.Abs(b - colour.B) <= 8)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
