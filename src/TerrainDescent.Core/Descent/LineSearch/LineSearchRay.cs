namespace TerrainDescent.Core.Descent.LineSearch;

/// <summary>
/// The function a line search minimises, φ(a) = f(Move(x, −a ∇f(x))), for one position at a time.
/// a is in metres of displacement per unit slope (like α), so the trial point is a·‖∇f‖ metres downhill.
/// </summary>
/// <remarks>
/// A trial point off the domain, in a void or with a non-finite value gives φ = +∞, so a search backs off
/// from raster edges and voids instead of stepping into them. Buffers are allocated once per path.
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
    }

    /// <summary>φ(a); +∞ where f has no finite value inside the domain.</summary>
    public double Evaluate(double a)
    {
        WriteDisplacement(a, _shift);
        _objective.Move(_origin, _shift, _trial);
        if (_objective.Locate(_trial) != PointStatus.Inside)
        {
            return double.PositiveInfinity;
        }

        var value = _objective.Value(_trial);
        return double.IsNaN(value) ? double.PositiveInfinity : value;
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
