using TerrainDescent.Core.Descent;

namespace TerrainDescent.Core.Terrain;

/// <summary>One method's descent over a terrain: its vertices, why it stopped and its measures.</summary>
public sealed class TerrainPath
{
    /// <summary>Creates a path; <paramref name="vertices"/> holds at least the start.</summary>
    public TerrainPath(string method, DescentOptions options, IReadOnlyList<PathVertex> vertices, StopReason reason, double groundLengthMetres)
    {
        if (vertices.Count == 0)
        {
            throw new ArgumentException("a path has at least its start vertex", nameof(vertices));
        }

        Method = method;
        Options = options;
        Vertices = vertices;
        Reason = reason;
        GroundLengthMetres = groundLengthMetres;
    }

    /// <summary>The method's output name.</summary>
    public string Method { get; }

    /// <summary>The parameters it ran with.</summary>
    public DescentOptions Options { get; }

    /// <summary>The vertices, start first.</summary>
    public IReadOnlyList<PathVertex> Vertices { get; }

    /// <summary>Why it ended.</summary>
    public StopReason Reason { get; }

    /// <summary>
    /// Copies the vertices, in order, to the start of <paramref name="destination"/> (at least
    /// <c>Vertices.Count</c> long): one block copy per store instead of an interface call per vertex.
    /// </summary>
    public void CopyVerticesTo(Span<PathVertex> destination)
    {
        switch (Vertices)
        {
            case PathVertex[] array:
                array.CopyTo(destination);
                break;
            case ChunkedVertices chunks:
                chunks.CopyTo(destination);
                break;
            default:
                for (var i = 0; i < Vertices.Count; i++)
                {
                    destination[i] = Vertices[i];
                }

                break;
        }
    }

    /// <summary>Number of steps (vertices − 1).</summary>
    public int Steps => Vertices.Count - 1;

    /// <summary>Sum of the ground lengths of the steps, in metres.</summary>
    public double GroundLengthMetres { get; }

    /// <summary>The start vertex.</summary>
    public PathVertex Start => Vertices[0];

    /// <summary>The end vertex.</summary>
    public PathVertex End => Vertices[^1];

    /// <summary>Start elevation minus end elevation, in metres.</summary>
    public double DropMetres => Start.ElevationMetres - End.ElevationMetres;
}
