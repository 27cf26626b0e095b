namespace TerrainDescent.Core.Descent;

/// <summary>
/// Nesterov accelerated gradient, the ball that looks ahead: <c>vₖ₊₁ = γ vₖ + α ∇f(xₖ − γ vₖ)</c>,
/// <c>xₖ₊₁ = xₖ − vₖ₊₁</c>.
/// </summary>
/// <remarks>
/// Like <see cref="MomentumDescent"/> (α in metres per unit slope, γ the share of velocity kept, velocity in
/// metres per step), but the slope is read where the momentum is about to carry the ball rather than where it
/// is, so it brakes before a valley floor instead of after it: less overshoot and oscillation in long narrow
/// valleys. The look-ahead point is formed with <see cref="IObjective.Move"/>, so on terrain it is γ·v metres on
/// the ground. Where the look-ahead point has no slope (off the raster, in a void) the current slope is used,
/// and the runner's stop rules decide on the real step.
/// </remarks>
public sealed class NesterovDescent : IDescentMethod
{
    /// <summary>The method's output name.</summary>
    public const string MethodName = "nesterov";

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public IDescentStepper Start(IObjective objective, DescentOptions options) =>
        new Stepper(objective, options.AlphaMetres, options.Gamma);

    private sealed class Stepper(IObjective objective, double alphaMetres, double gamma) : IDescentStepper
    {
        private readonly double[] _velocity = new double[objective.Dimension];
        private readonly double[] _lookAheadShift = new double[objective.Dimension];
        private readonly double[] _lookAhead = new double[objective.Dimension];
        private readonly double[] _lookAheadGradient = new double[objective.Dimension];

        public void Step(ReadOnlySpan<double> x, ReadOnlySpan<double> gradient, Span<double> displacement)
        {
            for (var i = 0; i < _velocity.Length; i++)
            {
                _lookAheadShift[i] = -gamma * _velocity[i];
            }

            objective.Move(x, _lookAheadShift, _lookAhead);
            objective.Gradient(_lookAhead, _lookAheadGradient);
            ReadOnlySpan<double> slope = AllFinite(_lookAheadGradient) ? _lookAheadGradient : gradient;
            for (var i = 0; i < _velocity.Length; i++)
            {
                _velocity[i] = gamma * _velocity[i] + alphaMetres * slope[i];
                displacement[i] = -_velocity[i];
            }
        }

        private static bool AllFinite(ReadOnlySpan<double> values)
        {
            foreach (var v in values)
            {
                if (!double.IsFinite(v))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
