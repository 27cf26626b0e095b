using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;

namespace TerrainDescent.GeoJson.Tests;

public sealed class PathFeaturesTests
{
    // 2,000 steps of about 0.35 m due east, then 1,000 due north: two straight stretches.
    private static TerrainPath CornerPath() => new(
        "hill-walker",
        new DescentOptions(),
        Enumerable.Range(0, 2001).Select(i => new PathVertex(-6.78 + i * 5e-6, 52.6, 800 - i * 0.01))
            .Concat(Enumerable.Range(1, 1000).Select(i => new PathVertex(-6.77, 52.6 + i * 3e-6, 780 - i * 0.01)))
            .ToList(),
        StopReason.Stalled,
        1033.0);

    [Fact]
    public void Create_WithSimplify_WritesTheKeptVerticesAndTheTrueStepCount()
    {
        var path = CornerPath();

        var feature = PathFeatures.Create(path, (x, y) => (x, y), simplifyMetres: 1.0);

        Assert.Equal(
            [(-6.78, 52.6, 800.0), (-6.77, 52.6, 780.0), (-6.77, 52.603, 770.0)],
            feature.Geometry.Coordinates.Select(c => (Math.Round(c.X, 9), Math.Round(c.Y, 9), Math.Round(c.Z, 9))));
        var properties = feature.Properties.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(3000, properties["steps"]);
        Assert.Equal(1.0, properties["simplify_m"]);
        Assert.Equal(1033.0, properties["ground_length_m"]);
    }

    [Fact]
    public void Create_WithoutSimplify_WritesEveryVertexAndNoToleranceProperty()
    {
        var path = CornerPath();

        var feature = PathFeatures.Create(path, (x, y) => (x, y));

        Assert.Equal(3001, feature.Geometry.NumPoints);
        Assert.DoesNotContain(feature.Properties, p => p.Key == "simplify_m");
    }
}
