namespace TerrainDescent.Core.Descent.LineSearch;

/// <summary>
/// The function a line search minimises, φ(a) = f(Move(x, −a ∇f(x))), for one position at a time.
/// a is in metres of displacement per unit slope (like α), so the trial point is a·‖∇f‖ metres downhill.
/// </summary>
/// <remarks>
/// A trial point off the domain, in a void or with a non-finite value gives φ = +∞, so a search backs off
/// from raster edges and voids instead of stepping into them. Backing off alone would let a path creep ever
/// closer to an edge it is heading for, so <see cref="WriteOutcome"/> steps into the edge once the search is
/// pinned against it, and the runner reports left-raster or entered-void. Buffers are allocated once per path.
/// </remarks>
internal sealed class LineSearchRay
{
    private readonly IObjective _objective;
    private readonly double[] _origin;
    private readonly double[] _gradient;
    private readonly double[] _shift;
    private readonly double[] _trial;

    public LineSearchRay(IObjective objective)
    {
        _objective = objective;
        var n = objective.Dimension;
        _origin = new double[n];
        _gradient = new double[n];
        _shift = new double[n];
        _trial = new double[n];
        Phi = Evaluate;
    }

    /// <summary>φ as a delegate, created once so searches allocate nothing per step.</summary>
    public Func<double, double> Phi { get; }

    /// <summary>‖∇f(x)‖², in (metres per metre)².</summary>
    public double GradientNormSquared { get; private set; }

    /// <summary>The shortest step tried since <see cref="Reset"/> whose φ was +∞ (an edge or void); +∞ if none.</summary>
    public double ShortestBlockedStep { get; private set; }

    /// <summary>Aims the ray from <paramref name="x"/> down <paramref name="gradient"/>.</summary>
    public void Reset(ReadOnlySpan<double> x, ReadOnlySpan<double> gradient)
    {
        x.CopyTo(_origin);
        gradient.CopyTo(_gradient);
        var sum = 0.0;
        foreach (var g in gradient)
        {
            sum += g * g;
        }

        GradientNormSquared = sum;
        ShortestBlockedStep = double.PositiveInfinity;
    }

    /// <summary>φ(a); +∞ where f has no finite value inside the domain.</summary>
    public double Evaluate(double a)
    {
        WriteDisplacement(a, _shift);
        _objective.Move(_origin, _shift, _trial);
        var value = _objective.Locate(_trial) == PointStatus.Inside ? _objective.Value(_trial) : double.NaN;
        if (double.IsNaN(value) || double.IsPositiveInfinity(value))
        {
            ShortestBlockedStep = Math.Min(ShortestBlockedStep, a);
            return double.PositiveInfinity;
        }

        return value;
    }

    /// <summary>
    /// Writes the displacement for the search's result <paramref name="step"/> (NaN when no step decreased f).
    /// Pinned — no step, or one shorter than <paramref name="minimumStepMetres"/>, while a trial hit an edge or
    /// void — it writes the shortest blocked trial, so the runner stops at the edge; with no step and no blocked
    /// trial it writes zero, which the runner reports as stalled.
    /// </summary>
    public void WriteOutcome(double step, double minimumStepMetres, Span<double> displacement)
    {
        var pinned = double.IsNaN(step) || step * Math.Sqrt(GradientNormSquared) < minimumStepMetres;
        if (pinned && double.IsFinite(ShortestBlockedStep))
        {
            WriteDisplacement(ShortestBlockedStep, displacement);
        }
        else if (double.IsNaN(step))
        {
            displacement.Clear();
        }
        else
        {
            WriteDisplacement(step, displacement);
        }
    }

    /// <summary>Writes the displacement −a ∇f(x) of step length a.</summary>
    public void WriteDisplacement(double a, Span<double> displacement)
    {
        for (var i = 0; i < _gradient.Length; i++)
        {
            displacement[i] = -a * _gradient[i];
        }
    }
}
