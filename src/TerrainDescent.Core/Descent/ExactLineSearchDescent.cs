using TerrainDescent.Core.Descent.LineSearch;

namespace TerrainDescent.Core.Descent;

/// <summary>
/// Steepest descent with exact line search: <c>aₖ = argmin_{a ≥ 0} φ(a)</c>, <c>φ(a) = f(xₖ − a ∇f(xₖ))</c>,
/// <c>xₖ₊₁ = xₖ − aₖ ∇f(xₖ)</c>, with φ minimised by <see cref="BrentMinimiser"/> to relative precision 1.5e-8.
/// </summary>
/// <remarks>
/// With <see cref="LineSearchBracketing.SciPy"/> (plain functions) φ is minimised exactly as SciPy's
/// <c>minimize_scalar</c> does (<see cref="ScalarMinimiser"/>), so tutorial runs are retraced to the last digit;
/// what follows describes the terrain search, <see cref="LineSearchBracketing.Capped"/>.
/// a is in metres per unit slope. The bracket starts at <see cref="DescentOptions.LineSearchInitialAlphaMetres"/>
/// (default 100) and never reaches past <see cref="DescentOptions.LineSearchMaxStepMetres"/> of ground
/// (default 1000 m); where φ is still falling at the cap the step stops there. Off-raster points and voids
/// count as φ = +∞, so the search stops short of them. Each step walks straight downhill to the lowest point
/// of that line, so consecutive steps are at right angles: it needs no α and reaches the floor of a bowl in a
/// few steps, but zig-zags slowly along narrow valleys (Rosenbrock's takes about 12,000 steps).
/// A step shorter than <see cref="DescentOptions.StallStepMetres"/> beside an edge or void, or no decrease
/// at all with a trial blocked, steps into the edge so the runner reports left-raster or entered-void; no
/// decrease on valid ground gives a zero step, which the runner reports as stalled.
/// </remarks>
public sealed class ExactLineSearchDescent : IDescentMethod
{
    /// <summary>The method's output name.</summary>
    public const string MethodName = "exact-line-search";

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public IDescentStepper Start(IObjective objective, DescentOptions options) => new Stepper(objective, options);

    private sealed class Stepper(IObjective objective, DescentOptions options) : IDescentStepper
    {
        private readonly LineSearchRay _ray = new(objective);

        public void Step(ReadOnlySpan<double> x, ReadOnlySpan<double> gradient, Span<double> displacement)
        {
            _ray.Reset(x, gradient);
            var gradientNorm = Math.Sqrt(_ray.GradientNormSquared);
            if (gradientNorm == 0)
            {
                displacement.Clear();
                return;
            }

            if (options.LineSearchBracketing == LineSearchBracketing.SciPy)
            {
                // minimize_scalar(φ) as SciPy runs it; a failed bracket search is a non-finite step (diverged).
                var found = ScalarMinimiser.TryMinimise(_ray.Phi, out var argument, out _);
                _ray.WriteDisplacement(found ? argument : double.NaN, displacement);
                return;
            }

            var maxStep = options.LineSearchMaxStepMetres / gradientNorm;
            var initialStep = Math.Min(options.LineSearchInitialAlphaMetres, maxStep);
            var valueAtZero = objective.Value(x);
            var bracket = BrentMinimiser.Bracket(_ray.Phi, valueAtZero, -_ray.GradientNormSquared, initialStep, maxStep);

            var step = bracket.Encloses ? BrentMinimiser.Minimise(_ray.Phi, bracket).Argument
                : bracket.MiddleValue < valueAtZero ? bracket.Middle
                : double.NaN;
            _ray.WriteOutcome(step, options.StallStepMetres, displacement);
        }
    }
}
