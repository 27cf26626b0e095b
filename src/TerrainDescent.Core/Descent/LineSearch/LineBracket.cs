namespace TerrainDescent.Core.Descent.LineSearch;

/// <summary>
/// Three step lengths a &lt; b &lt; c along a search line with their values φ. It encloses a minimum when
/// φ(b) &lt; φ(a) and φ(b) ≤ φ(c); otherwise <see cref="Middle"/> is simply the best step the search found
/// (the cap, when φ was still falling there, or the shortest trial, when φ never fell below φ(0)).
/// </summary>
/// <param name="Lower">a, the shortest step (0 at the start of a search).</param>
/// <param name="Middle">b, the best step found.</param>
/// <param name="Upper">c, the longest step.</param>
/// <param name="LowerValue">φ(a).</param>
/// <param name="MiddleValue">φ(b).</param>
/// <param name="UpperValue">φ(c).</param>
public readonly record struct LineBracket(
    double Lower, double Middle, double Upper, double LowerValue, double MiddleValue, double UpperValue)
{
    /// <summary>Whether a minimum of φ lies strictly inside (a, c), so Brent's method can refine it.</summary>
    public bool Encloses => Lower < Middle && Middle < Upper && MiddleValue < LowerValue && MiddleValue <= UpperValue;
}
