using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Imaging;
using TerrainDescent.TestSupport;
using TerrainDescent.Web.Rendering;

namespace TerrainDescent.Web.Tests.Rendering;

/// <summary>The static picture: relief, mask, paths, markers and legend, checked on pixels that must differ.</summary>
[Trait("Category", "Gdal")]
public sealed class MapPictureTests
{
    private static readonly Lazy<StaticScene> s_scene = new(() => new StaticScene(TestData.N52W007));

    [Fact]
    public void Compose_WithPaths_PaintsEachPathInItsColourOverTheRelief()
    {
        var scene = s_scene.Value;
        var frame = ImageFrame.GroundShaped(scene.Grid, 900);
        var paths = DescentMethods.Parse("both", out _)!.Select(m => scene.Descender.Descend(m, -6.7797, 52.6175, new DescentOptions())).ToList();

        var reliefOnly = scene.Compose(frame, [], 4);
        var withPaths = scene.Compose(frame, paths, 4);

        foreach (var path in paths)
        {
            var colour = scene.Composition.StyleFor(path.Method).Colour;
            var (x, y) = PixelAt(frame, path.Vertices[path.Vertices.Count * 2 / 3]);
            Assert.NotEqual(reliefOnly[x, y], withPaths[x, y]);
            if (path.Method == MomentumDescent.MethodName)
            {
                Assert.Equal((colour.R, colour.G, colour.B, (byte)255), withPaths[x, y]);
            }
        }
    }

    [Fact]
    public void Compose_AwayFromPathsAndLegend_LeavesTheReliefAsItWas()
    {
        var scene = s_scene.Value;
        var frame = ImageFrame.GroundShaped(scene.Grid, 600);
        var paths = DescentMethods.Parse("both", out _)!.Select(m => scene.Descender.Descend(m, -6.7797, 52.6175, new DescentOptions())).ToList();

        var reliefOnly = scene.Compose(frame, [], 4);
        var withPaths = scene.Compose(frame, paths, 4);

        Assert.Equal(reliefOnly[frame.Width - 20, frame.Height / 2], withPaths[frame.Width - 20, frame.Height / 2]);
    }

    [Fact]
    public void GroundShaped_AtFiftyTwoNorth_IsNarrowerThanTall()
    {
        var frame = ImageFrame.GroundShaped(s_scene.Value.Grid, 1000);

        Approx.AssertClose(Math.Cos(52.5 * Math.PI / 180) * 1.0025, frame.Width / (double)frame.Height, 0.01, "ground aspect of a 1°×1° tile");
    }

    [Fact]
    public void Brightness_OnFlatGround_KeepsTheRampColourAndSlopesFacingTheLightAreBrighter()
    {
        var style = s_scene.Value.Composition.Hillshade;

        Assert.Equal(1.0, ReliefRenderer.Brightness(0, 0, style), 9);
        Assert.True(ReliefRenderer.Brightness(0.2, -0.2, style) > 1.0, "a slope facing north-west is lit");
        Assert.True(ReliefRenderer.Brightness(-0.2, 0.2, style) < 1.0, "a slope facing south-east is in shade");
    }

    private static (int X, int Y) PixelAt(ImageFrame frame, PathVertex vertex)
    {
        var (x, y) = frame.PixelOf(vertex.X, vertex.Y);
        return ((int)x, (int)y);
    }
}
