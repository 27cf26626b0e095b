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
/// on a surface fills it and computes the directions (a few seconds for an SRTM1 tile), later paths reuse them.
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
    /// directions; a step out of the group is a step off the data.
    /// </summary>
    private sealed class Stepper(TerrainSurface surface) : IDescentStepper
    {
        private FlowArea? _area;

        public void Step(ReadOnlySpan<double> x, ReadOnlySpan<double> gradient, Span<double> displacement)
        {
            var (u, v) = (x[0], x[1]);
            var column = (int)Math.Round(u, MidpointRounding.AwayFromZero);
            var row = (int)Math.Round(v, MidpointRounding.AwayFromZero);
            double targetU = column, targetV = row;
            var onCentre = Math.Abs(u - column) <= CentreToleranceSamples && Math.Abs(v - row) <= CentreToleranceSamples;
            if (onCentre)
            {
                _area ??= AreaAt(column, row);
                var (localRow, localColumn) = (row - _area?.Row0 ?? 0, column - _area?.Column0 ?? 0);
                if (_area is null || (uint)localRow >= (uint)_area.Flow.Height || (uint)localColumn >= (uint)_area.Flow.Width
                    || !_area.Flow.TryDownstream(localRow, localColumn, out var nextRow, out var nextColumn))
                {
                    displacement.Fill(double.NaN);
                    return;
                }

                (targetU, targetV) = (nextColumn + _area.Column0, nextRow + _area.Row0);
            }

            // Inverse of TerrainObjective.Move: Δeast = Δu·mx(v), Δnorth = −Δv·my(v).
            displacement[0] = (targetU - u) * surface.Lattice.MetresPerSampleEast(v);
            displacement[1] = -(targetV - v) * surface.Lattice.MetresPerSampleNorth(v);
        }

        private FlowArea? AreaAt(int column, int row)
        {
            var component = surface.ComponentAt(column, row);
            return component < 0 ? null : FlowDirections.For(surface, component);
        }
    }
}
