using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;

namespace TerrainDescent.GeoJson.Tests;

public sealed class GeoJsonStreamWriterTests
{
    [Fact]
    public void WriteRaw_OfFeatureBytes_WritesTheBytesThatWriteWrites()
    {
        var features = Enumerable.Range(1, 4).Select(n => PathFeatures.Create(Path(n * 700), (x, y) => (x, y), $"start \"{n}\" é", n == 2 ? "in a void" : null)).ToArray();

        var written = Collection(writer => Array.ForEach(features, writer.Write));
        var raw = Collection(writer => Array.ForEach(features, f => writer.WriteRaw(GeoJsonWriter.FeatureBytes(f))));

        Assert.Equal(written, raw);
        Assert.True(written.Length > 1 << 16); // past the writer's flush threshold
    }

    private static byte[] Collection(Action<GeoJsonStreamWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new GeoJsonStreamWriter(stream, "terrain-descent batch"))
        {
            write(writer);
            writer.Finish();
        }

        return stream.ToArray();
    }

    private static TerrainPath Path(int vertices) => new(
        "momentum",
        new DescentOptions(),
        Enumerable.Range(0, vertices).Select(i => new PathVertex(-6.7797 - i * 0.001234567891, 52.6175 - i * 0.000987654321, 786.8 - i * 0.123)).ToList(),
        StopReason.Stalled,
        123.456);
}
