using TerrainDescent.Core.Descent.LineSearch;

namespace TerrainDescent.Core.Descent;

/// <summary>
/// Steepest descent with backtracking (Armijo) line search: starting from a = a₀, shrink a ← ρ·a until
/// <c>f(xₖ − a ∇f(xₖ)) ≤ f(xₖ) − c·a·‖∇f(xₖ)‖²</c>, then <c>xₖ₊₁ = xₖ − a ∇f(xₖ)</c> (Armijo 1966; Nocedal and
/// Wright, Algorithm 3.1).
/// </summary>
/// <remarks>
/// a₀ is <see cref="DescentOptions.LineSearchInitialAlphaMetres"/> (metres per unit slope, default 100), capped
/// so a step is at most <see cref="DescentOptions.LineSearchMaxStepMetres"/> of ground (default 1000 m);
/// ρ is <see cref="DescentOptions.BacktrackFactor"/> (0.5) and c <see cref="DescentOptions.ArmijoC"/> (1e-4).
/// Off-raster points and voids count as +∞, so it backs off from them. Cheaper per step than the exact search
/// and, unlike a fixed α, it never overshoots a valley floor so badly that it climbs: a safe default for
/// terrain where slopes vary by orders of magnitude. Backtracking ends after 60 trials or once a trial is
/// shorter than <see cref="DescentOptions.StallStepMetres"/>; pinned against an edge or void, the path then
/// steps into it and the runner reports left-raster or entered-void; finding no decrease at all, it stalls.
/// </remarks>
public sealed class ArmijoDescent : IDescentMethod
{
    /// <summary>The method's output name.</summary>
    public const string MethodName = "armijo";

    private const int MaxBacktracks = 60;

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
            var slopeSquared = _ray.GradientNormSquared;
            if (slopeSquared == 0)
            {
                displacement.Clear();
                return;
            }

            var initialStep = Math.Min(options.LineSearchInitialAlphaMetres, options.LineSearchMaxStepMetres / Math.Sqrt(slopeSquared));
            var valueAtZero = objective.Value(x);
            var step = initialStep;
            var accepted = double.NaN;
            for (var i = 0; i < MaxBacktracks && step * Math.Sqrt(slopeSquared) >= options.StallStepMetres; i++)
            {
                if (_ray.Evaluate(step) <= valueAtZero - options.ArmijoC * step * slopeSquared)
                {
                    accepted = step;
                    break;
                }

                step *= options.BacktrackFactor;
            }

            _ray.WriteOutcome(accepted, options.StallStepMetres, displacement);
        }
    }
}
