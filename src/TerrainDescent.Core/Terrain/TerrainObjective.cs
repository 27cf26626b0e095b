using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Core.Terrain;

/// <summary>
/// The terrain as an objective: position x = (u, v) in fractional global samples, value = elevation in metres,
/// gradient = metric slope (∂z/∂east, ∂z/∂north), displacement = metres east and north on the ground.
/// One objective serves one descent at a time (it reads through its own <see cref="SurfaceReader"/>); dispose it to
/// unpin the tiles it read.
/// </summary>
/// <remarks>
/// <see cref="Move"/> converts ground metres to samples with the scale at the current row
/// (<c>Δu = Δeast / mx(v)</c>, <c>Δv = −Δnorth / my(v)</c>, rows run southwards), so a step of d metres is
/// d metres on the ground at any latitude.
/// </remarks>
public sealed class TerrainObjective(TerrainSurface surface) : IObjective, IDisposable
{
    private readonly SurfaceReader _reader = surface.OpenReader();

    /// <summary>The reader this objective reads through.</summary>
    internal SurfaceReader Reader => _reader;

    /// <summary>The surface descended.</summary>
    public TerrainSurface Surface { get; } = surface;

    /// <inheritdoc />
    public int Dimension => 2;

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x) => _reader.ElevationAt(x[0], x[1]);

    /// <inheritdoc />
    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        var (east, north) = _reader.GradientAt(x[0], x[1]);
        gradient[0] = east;
        gradient[1] = north;
    }

    /// <inheritdoc />
    public PointStatus Locate(ReadOnlySpan<double> x) => _reader.Locate(x[0], x[1]);

    /// <inheritdoc />
    public void Move(ReadOnlySpan<double> x, ReadOnlySpan<double> displacement, Span<double> destination)
    {
        var lattice = Surface.Lattice;
        destination[0] = x[0] + displacement[0] / lattice.MetresPerSampleEast(x[1]);
        destination[1] = x[1] - displacement[1] / lattice.MetresPerSampleNorth(x[1]);
    }

    /// <summary>The elevation of one global sample (NaN void or off the data), for steppers that walk from sample to sample.</summary>
    public float Sample(int column, int row) => _reader.Sample(column, row);

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();
}
