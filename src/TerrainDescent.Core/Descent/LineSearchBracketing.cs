namespace TerrainDescent.Core.Descent;

/// <summary>How <see cref="ExactLineSearchDescent"/> brackets the minimum of φ(a) = f(x − a ∇f(x)) before Brent's method.</summary>
public enum LineSearchBracketing
{
    /// <summary>
    /// For terrain: a ≥ 0 only, first trial <see cref="DescentOptions.LineSearchInitialAlphaMetres"/>, never past
    /// <see cref="DescentOptions.LineSearchMaxStepMetres"/> of ground, edges and voids as +∞ (see <see cref="LineSearch.BrentMinimiser"/>).
    /// </summary>
    Capped,

    /// <summary>
    /// As <c>scipy.optimize.minimize_scalar</c> with its defaults (see <see cref="LineSearch.ScalarMinimiser"/>): a
    /// bracket from (0, 1) that may go anywhere along the line, so NumPy/SciPy tutorials are retraced exactly.
    /// </summary>
    SciPy,
}
