using TerrainDescent.Core.Descent;

namespace TerrainDescent.Core.Terrain;

/// <summary>
/// The terrain as an objective: position x = (u, v) in fractional samples, value = elevation in metres,
/// gradient = metric slope (∂z/∂east, ∂z/∂north), displacement = metres east and north on the ground.
/// </summary>
/// <remarks>
/// <see cref="Move"/> converts ground metres to samples with the scale at the current row
/// (<c>Δu = Δeast / mx(v)</c>, <c>Δv = −Δnorth / my(v)</c>, rows run southwards), so a step of d metres is
/// d metres on the ground at any latitude.
/// </remarks>
public sealed class TerrainObjective(TerrainSurface surface) : IObjective
{
    /// <summary>The surface descended.</summary>
    public TerrainSurface Surface { get; } = surface;

    /// <inheritdoc />
    public int Dimension => 2;

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x) => Surface.ElevationAt(x[0], x[1]);

    /// <inheritdoc />
    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        var (east, north) = Surface.GradientAt(x[0], x[1]);
        gradient[0] = east;
        gradient[1] = north;
    }

    /// <inheritdoc />
    public PointStatus Locate(ReadOnlySpan<double> x)
    {
        if (!Surface.Grid.Contains(x[0], x[1]))
        {
            return PointStatus.Outside;
        }

        if (double.IsNaN(Surface.ElevationAt(x[0], x[1])))
        {
            return PointStatus.Void;
        }

        var (east, north) = Surface.GradientAt(x[0], x[1]);
        return double.IsNaN(east) || double.IsNaN(north) ? PointStatus.Void : PointStatus.Inside;
    }

    /// <inheritdoc />
    public void Move(ReadOnlySpan<double> x, ReadOnlySpan<double> displacement, Span<double> destination)
    {
        var grid = Surface.Grid;
        destination[0] = x[0] + displacement[0] / grid.MetresPerSampleEast(x[1]);
        destination[1] = x[1] - displacement[1] / grid.MetresPerSampleNorth(x[1]);
    }
}
