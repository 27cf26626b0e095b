using TerrainDescent.Rendering;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

/// <summary><c>render</c>: the map as a PNG without a browser; the view, the format and the errors.</summary>
[Trait("Category", "Gdal")]
public sealed class RenderCommandTests
{
    [Fact]
    public void Render_FromMtLeinster_FitsThePathsAndIsTallerThanWideLikeTheirExtent()
    {
        var output = Path.Combine(TestData.NewTempFolder(), "map.png");

        var result = CliRunner.Run("render", "--start", "52.6175,-6.7797", "--size", "900", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("wrote", result.Stdout);
        var picture = MapImage.DecodePng(File.ReadAllBytes(output));
        Assert.Equal(900, Math.Max(picture.Width, picture.Height));
        Assert.NotEqual(picture.Width, picture.Height);
        Assert.Equal(picture.Width * picture.Height, picture.VisiblePixels());
    }

    [Fact]
    public void Render_WithProfile_AddsThePanelUnderTheSameMapWithBothPathsInIt()
    {
        var folder = TestData.NewTempFolder();
        var (plain, profiled) = (Path.Combine(folder, "map.png"), Path.Combine(folder, "profile.png"));

        var without = CliRunner.Run("render", "--start", "52.6175,-6.7797", "--size", "800", "--out", plain);
        var with = CliRunner.Run("render", "--start", "52.6175,-6.7797", "--size", "800", "--profile", "--out", profiled);

        Assert.Equal((0, 0), (without.ExitCode, with.ExitCode));
        var (map, picture) = (MapImage.DecodePng(File.ReadAllBytes(plain)), MapImage.DecodePng(File.ReadAllBytes(profiled)));
        Assert.Equal(map.Width, picture.Width);
        Assert.Equal(map.Height + Math.Max(180, map.Width / 4), picture.Height);
        Assert.Equal(map.Pixels, picture.Pixels[..map.Pixels.Length]);
        var composition = new Rendering.Map.MapComposition(Core.Descent.DescentMethods.Names, 0, 1);
        foreach (var method in new[] { "hill-walker", "momentum" })
        {
            var colour = composition.StyleFor(method).Colour;
            var inPanel = 0;
            for (var y = map.Height; y < picture.Height; y++)
            {
                for (var x = 0; x < picture.Width; x++)
                {
                    var (r, g, b, _) = picture[x, y];
                    inPanel += Math.Abs(r - colour.R) + Math.Abs(g - colour.G) + Math.Abs(b - colour.B) <= 24 ? 1 : 0;
                }
            }

            Assert.True(inPanel > 30, $"{method} has {inPanel} pixels of its colour in the profile");
        }
    }

    [Fact]
    public void Render_FitTile_ShowsTheWholeTileInGroundProportions()
    {
        var output = Path.Combine(TestData.NewTempFolder(), "tile.png");

        var result = CliRunner.Run("render", "--start", "52.6175,-6.7797", "--size", "600", "--fit", "tile", "--out", output);

        Assert.Equal(0, result.ExitCode);
        var picture = MapImage.DecodePng(File.ReadAllBytes(output));
        Approx.AssertClose(Math.Cos(52.5 * Math.PI / 180), picture.Width / (double)picture.Height, 0.02, "ground aspect of a 1°×1° tile");
    }

    [Fact]
    public void Render_WithBoundingBox_ShowsThatBox()
    {
        var output = Path.Combine(TestData.NewTempFolder(), "box.png");

        var result = CliRunner.Run("render", "--start", "52.6175,-6.7797", "--size", "500", "--bbox", "-6.9,52.55,-6.7,52.65", "--out", output);

        Assert.Equal(0, result.ExitCode);
        var picture = MapImage.DecodePng(File.ReadAllBytes(output));
        Approx.AssertClose(0.2 * Math.Cos(52.6 * Math.PI / 180) / 0.1, picture.Width / (double)picture.Height, 0.02, "ground aspect of the box");
    }

    [Theory]
    [InlineData("map.jpg", "writes PNG only; name the file *.png, not *.jpg")]
    [InlineData("map", "writes PNG only; name the file *.png")]
    public void Render_ToAnotherFormat_FailsWithOneLineAndWritesNothing(string name, string message)
    {
        var output = Path.Combine(TestData.NewTempFolder(), name);

        var result = CliRunner.Run("render", "--start", "52.6175,-6.7797", "--out", output);

        CliRunner.AssertOneLineError(result, message);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("--bbox", "-6.7,52.55,-6.9,52.65", "needs −180 ≤ W < E ≤ 180")]
    [InlineData("--bbox", "1,2,3", "--bbox must be W,S,E,N")]
    [InlineData("--fit", "world", "--fit must be paths or tile")]
    public void Render_WithABadView_FailsWithOneLine(string option, string value, string message)
    {
        var output = Path.Combine(TestData.NewTempFolder(), "map.png");

        var result = CliRunner.Run("render", "--start", "52.6175,-6.7797", option, value, "--out", output);

        CliRunner.AssertOneLineError(result, message);
    }

    [Fact]
    public void Render_StartOffTheTile_FailsWithOneLineAndWritesNothing()
    {
        var output = Path.Combine(TestData.NewTempFolder(), "map.png");

        var result = CliRunner.Run("render", "--start", "10,10", "--out", output);

        CliRunner.AssertOneLineError(result, "is outside the data");
        Assert.False(File.Exists(output));
    }
}
