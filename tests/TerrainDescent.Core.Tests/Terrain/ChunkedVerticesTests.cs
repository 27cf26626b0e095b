using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Terrain;

public sealed class ChunkedVerticesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(ChunkedVertices.ChunkLength)]
    [InlineData(ChunkedVertices.ChunkLength + 1)]
    [InlineData(3 * ChunkedVertices.ChunkLength - 7)]
    public void Chunks_ReadBackInOrderByIndexAndByEnumeration(int count)
    {
        var all = Enumerable.Range(0, count).Select(i => new PathVertex(i, -i, 0.5 * i)).ToArray();
        var chunks = all.Chunk(ChunkedVertices.ChunkLength).ToArray();

        var vertices = new ChunkedVertices(chunks);

        Assert.Equal(count, vertices.Count);
        Assert.Equal(all, vertices);
        Assert.Equal(all, Enumerable.Range(0, count).Select(i => vertices[i]));
        Assert.Throws<ArgumentOutOfRangeException>(() => vertices[count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => vertices[-1]);
    }

    [Fact]
    public void LongPaths_AreChunkedAndEqualTheRunnersPath()
    {
        // Mt Leinster's hill-walker path has 12,988 vertices: seven chunks, the last one partly filled.
        var surface = new TerrainSurface(HgtFiles.Read(TestData.N52W007));
        var descender = new TerrainDescender(surface);
        var options = new DescentOptions();
        var method = new HillWalkerDescent();
        var (u, v) = (surface.Lattice.UOf(-6.7797), surface.Lattice.VOf(52.6175));

        var path = descender.Descend(method, -6.7797, 52.6175, options);
        using var objective = new TerrainObjective(surface);
        var expected = descender.ToPath(method.Name, options, DescentRunner.Run(objective, method, [u, v], options));

        Assert.IsType<ChunkedVertices>(path.Vertices);
        Assert.True(path.Vertices.Count > 6 * ChunkedVertices.ChunkLength, $"{path.Vertices.Count} vertices");
        Assert.Equal(expected.Vertices, path.Vertices);
        Assert.Equal(expected.GroundLengthMetres, path.GroundLengthMetres);
    }
}
