using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal;
using TerrainDescent.Gdal.Imaging;
using TerrainDescent.TestSupport;
using TerrainDescent.Web.Map;
using TerrainDescent.Web.Rendering;

namespace TerrainDescent.Cli.Tests;

/// <summary><c>render</c>: the map as a PNG without a browser, checked on the pixels under the paths.</summary>
[Trait("Category", "Gdal")]
public sealed class RenderCommandTests
{
    [Fact]
    public void Render_FromMtLeinster_PaintsThePathsOverTheRelief()
    {
        var output = Path.Combine(TestData.NewTempFolder(), "map.png");

        var result = CliRunner.Run("render", "--start", "52.6175,-6.7797", "--size", "900", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("wrote", result.Stdout);
        var picture = PngCodec.Decode(File.ReadAllBytes(output));
        var raster = RasterReader.Load(TestData.N52W007);
        var descender = new TerrainDescender(new TerrainSurface(raster.Grid));
        var statistics = GridStatistics.Compute(raster.Grid, DescentOptions.DefaultSeaLevelMetres);
        var composition = new MapComposition(DescentMethods.Names, statistics.MinimumMetres, statistics.MaximumMetres);
        var frame = ImageFrame.GroundShaped(raster.Grid, 900);
        Assert.Equal((frame.Width, frame.Height), (picture.Width, picture.Height));
        var reliefOnly = MapPicture.Compose(raster.GdalPath, raster.Grid, composition, frame, [], DescentOptions.DefaultSeaLevelMetres);
        foreach (var method in DescentMethods.Parse("both", out _)!)
        {
            var path = descender.Descend(method, -6.7797, 52.6175, new DescentOptions());
            var differing = path.Vertices.Where((_, i) => i % 50 == 0).Count(v =>
            {
                var (x, y) = frame.PixelOf(v.X, v.Y);
                return picture[(int)x, (int)y] != reliefOnly[(int)x, (int)y];
            });
            Assert.True(differing >= path.Vertices.Count / 50 * 9 / 10, $"{method.Name}: {differing} sampled vertices differ from the relief");
        }
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
