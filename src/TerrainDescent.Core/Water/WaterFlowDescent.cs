using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Core.Water;

/// <summary>
/// The path water would take: D8 flow over the depression-filled terrain (<see cref="FlowDirections"/>),
/// cell centre to cell centre, as the hydrological baseline for the gradient methods.
/// </summary>
/// <remarks>
/// The first step goes to the nearest cell centre (skipped when the start is on one); each later step moves
/// to the neighbour the cell drains to, one cell (mx, my or the diagonal, in metres) per step. The runner's
/// rules stop it as usual, measured on the original, unfilled elevations: below sea level → sea-level; an
/// edge outlet steps off the raster → left-raster; a void outlet steps into the void → entered-void. α, γ
/// and the other tuning options are ignored. Works only on a <see cref="TerrainObjective"/>; the first call
/// on a group of tiles fills it tile by tile and settles its flats, and each tile's directions are computed when a
/// path first enters it; later paths reuse them.
/// </remarks>
public sealed class WaterFlowDescent : IDescentMethod
{
    /// <summary>The method's output name.</summary>
    public const string MethodName = "water";

    // Within this many samples of a centre a position counts as on it (and the D8 step absorbs the offset).
    private const double CentreToleranceSamples = 1e-3;

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The objective is not a terrain.</exception>
    public IDescentStepper Start(IObjective objective, DescentOptions options)
    {
        if (objective is not TerrainObjective terrain)
        {
            throw new ArgumentException(
                $"the '{MethodName}' method follows D8 flow between the cells of an elevation grid, so it needs a terrain "
                + $"({nameof(TerrainObjective)}), not {objective.GetType().Name}",
                nameof(objective));
        }

        return new Stepper(terrain.Surface);
    }

    /// <summary>
    /// Finds the connected group of tiles the path starts in on its first step, and follows that group's flow
    /// field (<see cref="FlowField"/>, computed tile by tile); a step out of the group is a step off the data.
    /// </summary>
    private sealed class Stepper(TerrainSurface surface) : IDescentStepper
    {
        private FlowField? _field;
        private bool _located;

        public void Step(ReadOnlySpan<double> x, ReadOnlySpan<double> gradient, Span<double> displacement)
        {
            var (u, v) = (x[0], x[1]);
            var column = (int)Math.Round(u, MidpointRounding.AwayFromZero);
            var row = (int)Math.Round(v, MidpointRounding.AwayFromZero);
            double targetU = column, targetV = row;
            var onCentre = Math.Abs(u - column) <= CentreToleranceSamples && Math.Abs(v - row) <= CentreToleranceSamples;
            if (onCentre)
            {
                if (!_located)
                {
                    var component = surface.ComponentAt(column, row);
                    _field = component < 0 ? null : FlowField.For(surface, component);
                    _located = true;
                }

                if (_field is null || !_field.TryDownstream(column, row, out var nextColumn, out var nextRow))
                {
                    displacement.Fill(double.NaN);
                    return;
                }

                (targetU, targetV) = (nextColumn, nextRow);
            }

            // Inverse of TerrainObjective.Move: Δeast = Δu·mx(v), Δnorth = −Δv·my(v).
            displacement[0] = (targetU - u) * surface.Lattice.MetresPerSampleEast(v);
            displacement[1] = -(targetV - v) * surface.Lattice.MetresPerSampleNorth(v);
        }
    }
}
