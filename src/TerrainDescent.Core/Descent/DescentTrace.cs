namespace TerrainDescent.Core.Descent;

/// <summary>
/// The vertices a descent visited, in the objective's coordinates, with the value at each, and why it stopped.
/// Vertex 0 is the start; <see cref="Steps"/> = vertex count − 1.
/// </summary>
public sealed class DescentTrace
{
    private readonly double[] _positions;

    /// <summary>Creates a trace from flattened positions (<paramref name="dimension"/> per vertex) and values.</summary>
    public DescentTrace(int dimension, double[] positions, double[] values, StopReason reason)
    {
        if (positions.Length != dimension * values.Length)
        {
            throw new ArgumentException("positions must hold dimension × vertex count coordinates");
        }

        Dimension = dimension;
        _positions = positions;
        Values = values;
        Reason = reason;
    }

    /// <summary>Coordinates per vertex.</summary>
    public int Dimension { get; }

    /// <summary>f at each vertex.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Why the path ended.</summary>
    public StopReason Reason { get; }

    /// <summary>Number of vertices, the start included.</summary>
    public int VertexCount => Values.Count;

    /// <summary>Number of steps taken.</summary>
    public int Steps => VertexCount - 1;

    /// <summary>
    /// The iteration count k as the tutorial loops count it (<c>k += 1</c> before the gradient check, so the
    /// check that ends the loop is counted): <see cref="Steps"/> + 1 when the run ended
    /// <see cref="StopReason.Converged"/>, <see cref="Steps"/> otherwise.
    /// </summary>
    public int Iterations => Reason == StopReason.Converged ? Steps + 1 : Steps;

    /// <summary>The coordinates of vertex <paramref name="index"/>.</summary>
    public ReadOnlySpan<double> Position(int index) => _positions.AsSpan(index * Dimension, Dimension);

    /// <summary>The last vertex.</summary>
    public ReadOnlySpan<double> End => Position(VertexCount - 1);

    /// <summary>f at the last vertex.</summary>
    public double EndValue => Values[VertexCount - 1];
}
