using SkiaSharp;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

/// <summary>The optimize plots are real PNGs of the stated size showing each method run in its colour.</summary>
public sealed class OptimizePlotTests
{
    private static readonly SKColor s_hillWalker = SKColor.Parse("#e6194b");
    private static readonly SKColor s_momentum = SKColor.Parse("#f58231");
    private static readonly SKColor s_nesterov = SKColor.Parse("#911eb4");
    private static readonly SKColor s_adam = SKColor.Parse("#4363d8");
    private static readonly SKColor s_minimum = SKColor.Parse("#ffd700");

    [Fact]
    public void Plot_Rosenbrock_DrawsContoursAndEveryMethodsPathInItsColour()
    {
        var folder = TestData.NewTempFolder("td-plot");

        var result = CliRunner.RunIn(folder, "optimize", "--function", "rosenbrock", "--method", "hill-walker,momentum,nesterov,adam,exact-line-search", "--plot", "paths.png");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("contour plot: paths.png", result.Stdout);
        using var image = SKBitmap.Decode(Path.Combine(folder, "paths.png"));
        Assert.Equal(1000, image.Width);
        Assert.Equal(800, image.Height);
        foreach (var colour in new[] { s_hillWalker, s_momentum, s_nesterov, s_adam, s_minimum })
        {
            Assert.True(Count(image, colour) > 40, $"{colour} drawn on only {Count(image, colour)} pixels");
        }

        // Log-spaced contours cover the picture with many coloured lines, not a few rings.
        Assert.True(CountColoured(image) > 20_000, $"only {CountColoured(image)} coloured pixels");
    }

    [Fact]
    public void Plot_OneMethod_DrawsNoOtherMethodsColour()
    {
        var folder = TestData.NewTempFolder("td-plot");

        var result = CliRunner.RunIn(folder, "optimize", "--function", "himmelblau", "--method", "adam", "--plot", "adam.png");

        Assert.Equal(0, result.ExitCode);
        using var image = SKBitmap.Decode(Path.Combine(folder, "adam.png"));
        Assert.True(Count(image, s_adam) > 40);
        Assert.Equal(0, Count(image, s_hillWalker));
        Assert.Equal(0, Count(image, s_nesterov));
    }

    [Fact]
    public void PlotValue_DrawsOneLinePerMethodOnALogAxis()
    {
        var folder = TestData.NewTempFolder("td-plot");

        var result = CliRunner.RunIn(folder, "optimize", "--function", "booth", "--method", "hill-walker,adam", "--plot-value", "values.png");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("value plot: values.png", result.Stdout);
        using var image = SKBitmap.Decode(Path.Combine(folder, "values.png"));
        Assert.Equal(1000, image.Width);
        Assert.Equal(600, image.Height);
        Assert.True(Count(image, s_hillWalker) > 40);
        Assert.True(Count(image, s_adam) > 40);
        Assert.Equal(0, Count(image, s_nesterov));
    }

    private static int Count(SKBitmap image, SKColor colour)
    {
        var count = 0;
        foreach (var pixel in image.Pixels)
        {
            if (Math.Abs(pixel.Red - colour.Red) <= 6 && Math.Abs(pixel.Green - colour.Green) <= 6 && Math.Abs(pixel.Blue - colour.Blue) <= 6)
            {
                count++;
            }
        }

        return count;
    }

    private static int CountColoured(SKBitmap image) =>
        image.Pixels.Count(p => Math.Max(p.Red, Math.Max(p.Green, p.Blue)) - Math.Min(p.Red, Math.Min(p.Green, p.Blue)) > 40);
}
