using System.Globalization;
using TerrainDescent.Gdal;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

[Trait("Category", "Gdal")]
public sealed class SimplifyOptionTests
{
    [Fact]
    public void Batch_SimplifyZero_WritesEveryStep()
    {
        var output = Path.Combine(TestData.NewTempFolder(), "paths.geojson");

        var result = CliRunner.Run("batch", "--min-prominence", "300", "--simplify", "0", "--out", output);

        Assert.Equal(0, result.ExitCode);
        var features = VectorReader.ReadFeatures(output);
        Assert.NotEmpty(features);
        Assert.All(features, f => Assert.Equal(Math.Max(2, Steps(f) + 1), f.Positions.Count));
        Assert.All(features, f => Assert.False(f.Fields.ContainsKey("simplify_m")));
    }

    [Fact]
    public void Batch_DefaultSimplify_IsMuchSmallerThanEveryStepAndKeepsTheWalkedVertices()
    {
        var folder = TestData.NewTempFolder();
        var simplified = Path.Combine(folder, "default.geojson");
        var everyStep = Path.Combine(folder, "every-step.geojson");

        var defaultRun = CliRunner.Run("batch", "--min-prominence", "300", "--out", simplified);
        var fullRun = CliRunner.Run("batch", "--min-prominence", "300", "--simplify", "0", "--out", everyStep);

        Assert.Equal((0, 0), (defaultRun.ExitCode, fullRun.ExitCode));
        Assert.True(
            new FileInfo(simplified).Length * 4 < new FileInfo(everyStep).Length,
            $"default output {new FileInfo(simplified).Length} bytes against {new FileInfo(everyStep).Length} bytes with every step");
        var thin = VectorReader.ReadFeatures(simplified);
        var full = VectorReader.ReadFeatures(everyStep);
        Assert.Equal(full.Count, thin.Count);
        foreach (var (t, f) in thin.Zip(full))
        {
            Assert.Equal((f.Fields["start_id"], f.Fields["method"], f.Fields["steps"]), (t.Fields["start_id"], t.Fields["method"], t.Fields["steps"]));
            Assert.Equal("1", t.Fields["simplify_m"]);
            Assert.Equal(f.Positions[0], t.Positions[0]);
            Assert.Equal(f.Positions[^1], t.Positions[^1]);
            var walked = f.Positions.ToHashSet();
            Assert.All(t.Positions, p => Assert.Contains(p, walked));
        }
    }

    [Fact]
    public void Descend_SimplifyFiveMetres_WritesFewerVerticesOfTheSamePath()
    {
        var folder = TestData.NewTempFolder();
        var every = Path.Combine(folder, "every.geojson");
        var five = Path.Combine(folder, "five.geojson");

        var fullRun = CliRunner.Run("descend", "--start", "52.6175,-6.7797", "--out", every);
        var simplifiedRun = CliRunner.Run("descend", "--start", "52.6175,-6.7797", "--simplify", "5", "--out", five);

        Assert.Equal((0, 0), (fullRun.ExitCode, simplifiedRun.ExitCode));
        var full = VectorReader.ReadFeatures(every);
        var thin = VectorReader.ReadFeatures(five);
        Assert.Equal(2, thin.Count);
        foreach (var (t, f) in thin.Zip(full))
        {
            Assert.Equal(Steps(f) + 1, f.Positions.Count);
            Assert.Equal(f.Fields["steps"], t.Fields["steps"]);
            Assert.True(t.Positions.Count < f.Positions.Count / 2, $"{t.Positions.Count} vertices at 5 m against {f.Positions.Count} steps");
            Assert.Equal((f.Positions[0], f.Positions[^1]), (t.Positions[0], t.Positions[^1]));
        }
    }

    public static TheoryData<string[], string> BadTolerances() => new()
    {
        { ["batch", "--simplify", "-1"], "simplify tolerance must be a finite number of metres ≥ 0, not -1" },
        { ["batch", "--simplify", "NaN"], "simplify tolerance must be a finite number of metres ≥ 0, not NaN" },
        { ["descend", "--start", "52.6175,-6.7797", "--simplify", "-1"], "simplify tolerance must be a finite number of metres ≥ 0, not -1" },
        { ["descend", "--start", "52.6175,-6.7797", "--simplify", "NaN"], "simplify tolerance must be a finite number of metres ≥ 0, not NaN" },
    };

    [Theory]
    [MemberData(nameof(BadTolerances))]
    public void Simplify_NegativeOrNaN_FailsWithOneLineAndWritesNothing(string[] arguments, string expected)
    {
        var folder = TestData.NewTempFolder();

        var result = CliRunner.Run([.. arguments, "--out", Path.Combine(folder, "out.geojson")]);

        CliRunner.AssertOneLineError(result, expected);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    private static int Steps(VectorFeature feature) => int.Parse(feature.Fields["steps"]!, CultureInfo.InvariantCulture);
}
