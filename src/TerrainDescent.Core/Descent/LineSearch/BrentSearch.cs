namespace TerrainDescent.Core.Descent.LineSearch;

/// <summary>
/// The state of Brent's method between evaluations: the interval [a, b] holding the minimum, the best point x,
/// the second best w, the previous w as v, and the last two step lengths (which decide whether the parabolic
/// step is trusted: it must fall inside [a, b] and be shorter than half the step before last).
/// </summary>
internal struct BrentSearch
{
    /// <summary>The golden-section share (3 − √5) / 2.</summary>
    public const double GoldenSection = 0.3819660112501051;

    private const double AbsoluteTolerance = 1e-11;

    private readonly double _relativeTolerance;
    private readonly double _goldenSection;
    private double _a, _b;
    private double _x, _w, _v, _fx, _fw, _fv;
    private double _step, _stepBefore;

    /// <summary>
    /// Starts from <paramref name="bracket"/> (its ends in either order); <paramref name="goldenSection"/> is the
    /// share of the larger part a golden-section step takes (SciPy rounds it to 0.3819660).
    /// </summary>
    public BrentSearch(LineBracket bracket, double relativeTolerance, double goldenSection = GoldenSection)
    {
        _relativeTolerance = relativeTolerance;
        _goldenSection = goldenSection;
        _a = Math.Min(bracket.Lower, bracket.Upper);
        _b = Math.Max(bracket.Lower, bracket.Upper);
        _x = _w = _v = bracket.Middle;
        _fx = _fw = _fv = bracket.MiddleValue;
        _step = _stepBefore = 0;
    }

    public readonly double Best => _x;

    public readonly double BestValue => _fx;

    private readonly double Tolerance => _relativeTolerance * Math.Abs(_x) + AbsoluteTolerance;

    /// <summary>Done when the interval's far end is within 2·tol of x: |x − m| ≤ 2 tol − (b − a)/2.</summary>
    public readonly bool Converged => Math.Abs(_x - 0.5 * (_a + _b)) < 2 * Tolerance - 0.5 * (_b - _a);

    /// <summary>The next point to evaluate: the parabola's vertex through (v, w, x) if trusted, else a golden-section step.</summary>
    public double NextTrial()
    {
        var tol = Tolerance;
        var middle = 0.5 * (_a + _b);
        if (Math.Abs(_stepBefore) <= tol)
        {
            _stepBefore = _x >= middle ? _a - _x : _b - _x;
            _step = _goldenSection * _stepBefore;
        }
        else
        {
            // Vertex of the parabola through (v, fv), (w, fw), (x, fx), written as x + p/q.
            var r = (_x - _w) * (_fx - _fv);
            var q = (_x - _v) * (_fx - _fw);
            var p = (_x - _v) * q - (_x - _w) * r;
            q = 2.0 * (q - r);
            if (q > 0)
            {
                p = -p;
            }

            q = Math.Abs(q);
            var stepBeforeLast = _stepBefore;
            _stepBefore = _step;
            if (p > q * (_a - _x) && p < q * (_b - _x) && Math.Abs(p) < Math.Abs(0.5 * q * stepBeforeLast))
            {
                _step = p / q;
                var u = _x + _step;
                if (u - _a < 2 * tol || _b - u < 2 * tol)
                {
                    _step = middle - _x >= 0 ? tol : -tol;
                }
            }
            else
            {
                _stepBefore = _x >= middle ? _a - _x : _b - _x;
                _step = _goldenSection * _stepBefore;
            }
        }

        // Never evaluate closer than tol to x: the values would differ only by rounding.
        return Math.Abs(_step) < tol ? (_step >= 0 ? _x + tol : _x - tol) : _x + _step;
    }

    /// <summary>Takes φ(u) into the interval and the three best points.</summary>
    public void Accept(double u, double fu)
    {
        if (fu > _fx)
        {
            if (u < _x)
            {
                _a = u;
            }
            else
            {
                _b = u;
            }

            if (fu <= _fw || _w == _x)
            {
                (_v, _fv, _w, _fw) = (_w, _fw, u, fu);
            }
            else if (fu <= _fv || _v == _x || _v == _w)
            {
                (_v, _fv) = (u, fu);
            }
        }
        else
        {
            if (u >= _x)
            {
                _a = _x;
            }
            else
            {
                _b = _x;
            }

            (_v, _fv, _w, _fw, _x, _fx) = (_w, _fw, _x, _fx, u, fu);
        }
    }
}
