using System.Text.RegularExpressions;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.IO;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal;
using TerrainDescent.TestSupport;

namespace TerrainDescent.GeoJson.Tests;

[Trait("Category", "Gdal")]
public sealed partial class GeoJsonWriterTests
{
    private static TerrainPath SamplePath(int vertices = 3) => new(
        "momentum",
        new DescentOptions(),
        Enumerable.Range(0, vertices).Select(i => new PathVertex(-6.7797 - i * 0.001234567891, 52.6175 - i * 0.000987654321, 786.8 - i * 10.123)).ToList(),
        StopReason.Stalled,
        123.456);

    [Fact]
    public void WriteFile_PathsReadBackWithOgrAsLineStringsWithElevation()
    {
        var path = Path.Combine(TestData.NewTempFolder(), "paths.geojson");
        var features = new[] { PathFeatures.Create(SamplePath(), (x, y) => (x, y)), PathFeatures.Create(SamplePath(5), (x, y) => (x, y)) };

        GeoJsonWriter.WriteFile(path, features);
        var read = VectorReader.ReadFeatures(path);

        Assert.Equal(2, read.Count);
        Assert.All(read, f => Assert.Equal("LineString", f.GeometryType));
        Assert.All(read, f => Assert.True(f.Is3D));
        Assert.Equal(5, read[1].Positions.Count);
        Assert.Equal(-6.7797, read[0].Positions[0].X, 7);
        Assert.Equal(52.6175, read[0].Positions[0].Y, 7);
        Assert.Equal(786.8, read[0].Positions[0].Z, 2);
        Assert.Equal("momentum", read[0].Fields["method"]);
        Assert.Equal("stalled", read[0].Fields["end_reason"]);
        Assert.Equal("2", read[0].Fields["steps"]);
        Assert.Equal("123.46", read[0].Fields["ground_length_m"]);
        Assert.Equal("20.25", read[0].Fields["drop_m"]);
        Assert.Equal("10", read[0].Fields["alpha_m"]);
        Assert.Equal("0.99", read[0].Fields["gamma"]);
    }

    [Fact]
    public void Write_CoordinatesHaveAtMostSevenDecimals()
    {
        using var stream = new MemoryStream();

        GeoJsonWriter.Write(stream, [PathFeatures.Create(SamplePath(), (x, y) => (x, y))]);
        var json = System.Text.Encoding.UTF8.GetString(stream.ToArray());

        var coordinates = json[json.IndexOf("\"coordinates\"", StringComparison.Ordinal)..];
        Assert.DoesNotMatch(LongDecimal(), coordinates);
        Assert.Contains("-6.7809346", coordinates);
    }

    [Fact]
    public void Write_SingleVertexPath_IsAValidTwoPositionLineString()
    {
        var path = Path.Combine(TestData.NewTempFolder(), "one.geojson");

        GeoJsonWriter.WriteFile(path, [PathFeatures.Create(SamplePath(1), (x, y) => (x, y))]);

        var feature = Assert.Single(VectorReader.ReadFeatures(path));
        Assert.Equal(2, feature.Positions.Count);
        Assert.Equal("0", feature.Fields["steps"]);
    }

    [Fact]
    public void Write_SameInput_IsByteIdentical()
    {
        byte[] Render()
        {
            using var stream = new MemoryStream();
            GeoJsonWriter.Write(stream, [PathFeatures.Create(SamplePath(), (x, y) => (x, y))]);
            return stream.ToArray();
        }

        Assert.Equal(Render(), Render());
    }

    [Fact]
    public void AtomicWrite_FailingWriter_LeavesNoFileBehind()
    {
        var folder = TestData.NewTempFolder();
        var target = Path.Combine(folder, "paths.geojson");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(target, stream =>
        {
            stream.Write(new byte[100]);
            throw new InvalidOperationException("disk full");
        }));

        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void AtomicWrite_ReplacesExistingFileOnlyOnSuccess()
    {
        var target = Path.Combine(TestData.NewTempFolder(), "paths.geojson");
        File.WriteAllText(target, "old");

        Assert.ThrowsAny<Exception>(() => AtomicFile.Write(target, _ => throw new IOException("fail")));
        Assert.Equal("old", File.ReadAllText(target));

        AtomicFile.Write(target, s => s.Write("new"u8));
        Assert.Equal("new", File.ReadAllText(target));
    }

    [GeneratedRegex(@"\d\.\d{8,}")]
    private static partial Regex LongDecimal();
}
