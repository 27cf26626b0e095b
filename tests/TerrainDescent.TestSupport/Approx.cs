using Xunit;

namespace TerrainDescent.TestSupport;

/// <summary>Tolerant numeric assertions.</summary>
public static class Approx
{
    /// <summary>Asserts |expected − actual| ≤ tolerance, with both values in the message.</summary>
    public static void AssertClose(double expected, double actual, double tolerance, string what = "value")
    {
        Assert.True(
            Math.Abs(expected - actual) <= tolerance,
            FormattableString.Invariant($"{what}: expected {expected:R} ± {tolerance:R}, got {actual:R}"));
    }

    /// <summary>Asserts the relative error |expected − actual| / |expected| ≤ relativeTolerance.</summary>
    public static void AssertRelative(double expected, double actual, double relativeTolerance, string what = "value")
    {
        AssertClose(expected, actual, Math.Abs(expected) * relativeTolerance, what);
    }
}
