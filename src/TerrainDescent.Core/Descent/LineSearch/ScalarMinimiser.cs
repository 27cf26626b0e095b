namespace TerrainDescent.Core.Descent.LineSearch;

/// <summary>
/// Unconstrained minimisation of a function of one variable with the behaviour of SciPy's
/// <c>scipy.optimize.minimize_scalar</c> at its defaults: a downhill bracket search from (0, 1) (golden-ratio
/// growth 1.618034 with parabolic extrapolation, grow limit 110, at most 1000 rounds), then Brent's method
/// (Brent 1973, ch. 5) to relative tolerance 1.48e-8 plus an absolute 1e-11, golden step 0.3819660, at most
/// 500 iterations.
/// </summary>
/// <remarks>
/// Every constant, comparison and the order of each floating-point operation follow SciPy 1.10, so a descent
/// that calls this once per step retraces a NumPy/SciPy reference bit for bit (steepest descent on Rosenbrock
/// from (−2, −2) takes the same 11,989 line searches). Unlike the capped terrain search in
/// <see cref="BrentMinimiser"/>, the bracket may move to negative a or far along the line: it finds a local
/// minimum of φ, not necessarily the nearest. Allocates nothing.
/// </remarks>
public static class ScalarMinimiser
{
    /// <summary>SciPy's relative tolerance on the argument, <c>xtol</c>.</summary>
    public const double RelativeTolerance = 1.48e-8;

    /// <summary>SciPy's iteration budget of Brent's method.</summary>
    public const int MaxIterations = 500;

    /// <summary>SciPy's limit on a parabolic extrapolation, as a multiple of the last bracket step.</summary>
    public const double GrowLimit = 110.0;

    /// <summary>SciPy's budget of bracket-growing rounds.</summary>
    public const int MaxBracketIterations = 1000;

    private const double Golden = 1.618034;
    private const double VerySmall = 1e-21;
    private const double SciPyGoldenSection = 0.3819660;

    /// <summary>
    /// Minimises <paramref name="phi"/> as <c>minimize_scalar(phi)</c> does; returns the argument, φ there,
    /// and false (with NaN) when the bracket search ran out of rounds (SciPy raises "Too many iterations").
    /// </summary>
    public static bool TryMinimise(Func<double, double> phi, out double argument, out double value)
    {
        if (!TryBracket(phi, 0.0, 1.0, out var bracket))
        {
            (argument, value) = (double.NaN, double.NaN);
            return false;
        }

        var search = new BrentSearch(bracket, RelativeTolerance, SciPyGoldenSection);
        for (var i = 0; i < MaxIterations && !search.Converged; i++)
        {
            var u = search.NextTrial();
            search.Accept(u, phi(u));
        }

        (argument, value) = (search.Best, search.BestValue);
        return true;
    }

    /// <summary>
    /// SciPy's <c>bracket</c>: walks downhill from <paramref name="xa"/> and <paramref name="xb"/> until
    /// f(xa) &gt; f(xb) &lt; f(xc) (the points may end in either order along the line).
    /// </summary>
    public static bool TryBracket(Func<double, double> phi, double xa, double xb, out LineBracket bracket)
    {
        var fa = phi(xa);
        var fb = phi(xb);
        if (fa < fb)
        {
            (xa, xb, fa, fb) = (xb, xa, fb, fa);
        }

        var xc = xb + Golden * (xb - xa);
        var fc = phi(xc);
        var rounds = 0;
        while (fc < fb)
        {
            // Vertex w of the parabola through (xa, fa), (xb, fb), (xc, fc); wlim caps how far it may reach.
            var tmp1 = (xb - xa) * (fb - fc);
            var tmp2 = (xb - xc) * (fb - fa);
            var val = tmp2 - tmp1;
            var denom = Math.Abs(val) < VerySmall ? 2.0 * VerySmall : 2.0 * val;
            var w = xb - ((xb - xc) * tmp2 - (xb - xa) * tmp1) / denom;
            var wlim = xb + GrowLimit * (xc - xb);
            if (rounds > MaxBracketIterations)
            {
                bracket = default;
                return false;
            }

            rounds++;
            double fw;
            if ((w - xc) * (xb - w) > 0.0)
            {
                // The vertex lies between b and c.
                fw = phi(w);
                if (fw < fc)
                {
                    bracket = new LineBracket(xb, w, xc, fb, fw, fc);
                    return true;
                }

                if (fw > fb)
                {
                    bracket = new LineBracket(xa, xb, w, fa, fb, fw);
                    return true;
                }

                w = xc + Golden * (xc - xb);
                fw = phi(w);
            }
            else if ((w - wlim) * (wlim - xc) >= 0.0)
            {
                // Beyond the limit: take the limit.
                w = wlim;
                fw = phi(w);
            }
            else if ((w - wlim) * (xc - w) > 0.0)
            {
                // Between c and the limit: take it, and if it is still lower, grow once more by the golden ratio.
                fw = phi(w);
                if (fw < fc)
                {
                    (xb, xc) = (xc, w);
                    w = xc + Golden * (xc - xb);
                    (fb, fc) = (fc, fw);
                    fw = phi(w);
                }
            }
            else
            {
                w = xc + Golden * (xc - xb);
                fw = phi(w);
            }

            (xa, xb, xc, fa, fb, fc) = (xb, xc, w, fb, fc, fw);
        }

        bracket = new LineBracket(xa, xb, xc, fa, fb, fc);
        return true;
    }
}
