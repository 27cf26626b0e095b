namespace TerrainDescent.Core.Descent.LineSearch;

/// <summary>
/// One-dimensional minimisation for exact line searches: a bracketing step over a ≥ 0 (interpolating shrink,
/// golden-ratio expansion), then Brent's method (Brent 1973, "Algorithms for Minimization without Derivatives", ch. 5), which mixes parabolic
/// interpolation through the three best points with golden-section steps when the parabola is untrustworthy.
/// </summary>
/// <remarks>
/// φ may return +∞ (callers map NaN, off-domain and void to +∞), which the bracket treats as "too far".
/// The tolerances follow the usual choice: relative √ε_machine ≈ 1.49e-8 plus an absolute 1e-11 near zero.
/// </remarks>
public static class BrentMinimiser
{
    /// <summary>Default relative tolerance on the argument: √(2⁻⁵²).</summary>
    public const double DefaultRelativeTolerance = 1.4901161193847656e-8;

    /// <summary>Default iteration budget of <see cref="Minimise"/>.</summary>
    public const int DefaultMaxIterations = 500;

    private const double Golden = 1.618033988749895;
    private const int MaxBracketSteps = 100;

    /// <summary>
    /// Brackets the first local minimum of φ on [0, <paramref name="maxStep"/>] from the trial
    /// <paramref name="initialStep"/>. While φ(b) ≥ φ(0) the trial shrinks to the vertex of the parabola through
    /// φ(0), φ′(0) and φ(b), kept within [0.1 b, 0.5 b] (halving when φ(b) is +∞ or φ′(0) unknown); then it
    /// expands c = b + 1.618 (b − a) until φ rises again, the overshoot is reached or c hits the cap.
    /// </summary>
    /// <remarks>
    /// Growing outwards from the first point found below φ(0) favours the nearest valley floor along the line
    /// over one further on (on terrain: across a ridge), as a search from a = 0 would; a first trial that lands
    /// beyond the ridge in a deeper valley can still settle there.
    /// </remarks>
    /// <param name="phi">The function of the step length.</param>
    /// <param name="valueAtZero">φ(0).</param>
    /// <param name="slopeAtZero">φ′(0) (−‖∇f‖² for steepest descent), negative; NaN when unknown.</param>
    /// <param name="initialStep">The first trial b; positive.</param>
    /// <param name="maxStep">The largest step examined.</param>
    public static LineBracket Bracket(Func<double, double> phi, double valueAtZero, double slopeAtZero, double initialStep, double maxStep)
    {
        var b = Math.Min(initialStep, maxStep);
        var fb = phi(b);
        double overshoot = double.PositiveInfinity, overshootValue = double.PositiveInfinity;
        for (var i = 0; !(fb < valueAtZero); i++)
        {
            if (i == MaxBracketSteps)
            {
                return new LineBracket(0, b, b, valueAtZero, fb, fb);
            }

            (overshoot, overshootValue) = (b, fb);
            b = ShrunkTrial(valueAtZero, slopeAtZero, b, fb);
            fb = phi(b);
        }

        double a = 0, fa = valueAtZero;
        for (var i = 0; i < MaxBracketSteps; i++)
        {
            var c = b + Golden * (b - a);
            if (c >= overshoot)
            {
                return new LineBracket(a, b, overshoot, fa, fb, overshootValue);
            }

            c = Math.Min(c, maxStep);
            if (!(c > b))
            {
                return new LineBracket(a, b, b, fa, fb, fb);
            }

            var fc = phi(c);
            if (fc >= fb)
            {
                return new LineBracket(a, b, c, fa, fb, fc);
            }

            (a, fa, b, fb) = (b, fb, c, fc);
        }

        return new LineBracket(a, b, b, fa, fb, fb);
    }

    /// <summary>
    /// Refines the minimum enclosed by <paramref name="bracket"/> (which must <see cref="LineBracket.Encloses"/>)
    /// until the bracket is within <paramref name="relativeTolerance"/>·|x| + 1e-11 of the best point.
    /// </summary>
    /// <returns>The best step found and φ there.</returns>
    public static (double Argument, double Value) Minimise(
        Func<double, double> phi,
        LineBracket bracket,
        double relativeTolerance = DefaultRelativeTolerance,
        int maxIterations = DefaultMaxIterations)
    {
        if (!bracket.Encloses)
        {
            throw new ArgumentException("the bracket does not enclose a minimum", nameof(bracket));
        }

        var search = new BrentSearch(bracket, relativeTolerance);
        for (var i = 0; i < maxIterations && !search.Converged; i++)
        {
            var u = search.NextTrial();
            search.Accept(u, phi(u));
        }

        return (search.Best, search.BestValue);
    }

    /// <summary>
    /// The minimiser of the parabola q with q(0) = φ(0), q′(0) = φ′(0), q(b) = φ(b):
    /// <c>t = −φ′(0) b² / (2 (φ(b) − φ(0) − φ′(0) b))</c> (Nocedal and Wright, eq. 3.58), safeguarded to [0.1 b, 0.5 b].
    /// </summary>
    private static double ShrunkTrial(double valueAtZero, double slopeAtZero, double b, double fb)
    {
        var curvature = fb - valueAtZero - slopeAtZero * b;
        if (!double.IsFinite(fb) || !(slopeAtZero < 0) || !(curvature > 0))
        {
            return 0.5 * b;
        }

        var vertex = -slopeAtZero * b * b / (2 * curvature);
        return Math.Clamp(vertex, 0.1 * b, 0.5 * b);
    }
}
