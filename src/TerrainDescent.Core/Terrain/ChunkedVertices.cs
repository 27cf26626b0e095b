using System.Collections;

namespace TerrainDescent.Core.Terrain;

/// <summary>
/// A long path's vertices in chunks of 2,048 (48 KB each, under the runtime's 85 KB large-object threshold), read-only:
/// the walk fills the chunks in place and hands them over, so a long path is never copied whole either.
/// </summary>
/// <remarks>
/// One array of 13,000 vertices is 312 KB: the runtime places it in the large-object heap, whose memory is zeroed and
/// often faulted in afresh for each path, and which only a full collection reclaims. Measured on the 12,987-step
/// hill-walker path from Mt Leinster, that cost 12–22 ns per step on top of the 33 ns the walk itself takes (mean
/// against best of 1,000 descents). Chunks come from the ordinary young heap like any small object.
/// </remarks>
internal sealed class ChunkedVertices : IReadOnlyList<PathVertex>
{
    /// <summary>Vertices per chunk, a power of two.</summary>
    public const int ChunkLength = 1 << ChunkShift;

    private const int ChunkShift = 11;
    private readonly PathVertex[][] _chunks;

    /// <summary>Wraps <paramref name="chunks"/>: every one but the last holds <see cref="ChunkLength"/> vertices.</summary>
    public ChunkedVertices(PathVertex[][] chunks)
    {
        _chunks = chunks;
        Count = chunks.Length == 0 ? 0 : ((chunks.Length - 1) << ChunkShift) + chunks[^1].Length;
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public PathVertex this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return _chunks[index >> ChunkShift][index & (ChunkLength - 1)];
        }
    }

    /// <summary>Copies every vertex, in order, to the start of <paramref name="destination"/>.</summary>
    public void CopyTo(Span<PathVertex> destination)
    {
        var at = 0;
        foreach (var chunk in _chunks)
        {
            chunk.CopyTo(destination[at..]);
            at += chunk.Length;
        }
    }

    /// <inheritdoc />
    public IEnumerator<PathVertex> GetEnumerator()
    {
        foreach (var chunk in _chunks)
        {
            foreach (var vertex in chunk)
            {
                yield return vertex;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
