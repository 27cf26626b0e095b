namespace TerrainDescent.Core.Functions;

/// <summary>
/// The catalogue of built-in test functions by name: the gradient-descent tutorial examples and the classic
/// optimisation benchmarks (Rosenbrock 1960, Himmelblau 1972, Booth, Beale 1958), each with its known minimum.
/// </summary>
/// <remarks>
/// Each formula is evaluated as its NumPy reference writes it, so the tutorial figures reproduce to the last
/// digit: a square of an array element (<c>x[0]**2</c>, a scalar power) is <see cref="Math.Pow(double, double)"/>,
/// which, like NumPy's, calls the C library's pow and can differ from x·x in the last bit; SciPy's
/// <c>rosen</c> squares whole arrays, which is x·x.
/// </remarks>
public static class BuiltInFunctions
{
    private static readonly BuiltInFunction[] s_all =
    [
        new("parabola", "x² − 4x + 4", 1,
            x => x[0] * x[0] - 4 * x[0] + 4,
            (x, g) => g[0] = 2 * x[0] - 4,
            [[2.0]], 0.0, [10.0]),
        new("sphere", "x² + y²", 2,
            x => x[0] * x[0] + x[1] * x[1],
            (x, g) => { g[0] = 2 * x[0]; g[1] = 2 * x[1]; },
            [[0.0, 0.0]], 0.0, [2.0, 2.0]),
        new("coupled-3d", "x² − 2x + y² + z² + zy", 3,
            x => x[0] * x[0] - 2 * x[0] + x[1] * x[1] + x[2] * x[2] + x[2] * x[1],
            (x, g) => { g[0] = 2 * x[0] - 2; g[1] = 2 * x[1] + x[2]; g[2] = 2 * x[2] + x[1]; },
            [[1.0, 0.0, 0.0]], -1.0, [2.0, -5.0, 7.0]),
        new("quadratic", "x₁² + 7x₂² + 2x₁ + x₂ + 2", 2,
            x => Math.Pow(x[0], 2) + 7 * Math.Pow(x[1], 2) + 2 * x[0] + x[1] + 2,
            (x, g) => { g[0] = 2 * x[0] + 2; g[1] = 14 * x[1] + 1; },
            [[-1.0, -1.0 / 14.0]], 27.0 / 28.0, [0.0, 1.0]),
        new("rosenbrock", "100 (y − x²)² + (1 − x)²", 2,
            Rosenbrock,
            RosenbrockGradient,
            [[1.0, 1.0]], 0.0, [-2.0, -2.0]),
        new("himmelblau", "(x² + y − 11)² + (x + y² − 7)²", 2,
            x => Square(x[0] * x[0] + x[1] - 11) + Square(x[0] + x[1] * x[1] - 7),
            HimmelblauGradient,
            [[3.0, 2.0], [-2.805118, 3.131312], [-3.779310, -3.283186], [3.584428, -1.848126]], 0.0, [0.0, 0.0]),
        new("booth", "(x + 2y − 7)² + (2x + y − 5)²", 2,
            x => Square(x[0] + 2 * x[1] - 7) + Square(2 * x[0] + x[1] - 5),
            (x, g) =>
            {
                var a = x[0] + 2 * x[1] - 7;
                var b = 2 * x[0] + x[1] - 5;
                g[0] = 2 * a + 4 * b;
                g[1] = 4 * a + 2 * b;
            },
            [[1.0, 3.0]], 0.0, [-5.0, -5.0]),
        new("beale", "(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²", 2,
            Beale,
            BealeGradient,
            [[3.0, 0.5]], 0.0, [1.0, 1.0]),
    ];

    /// <summary>Every built-in function, in listing order.</summary>
    public static IReadOnlyList<BuiltInFunction> All => s_all;

    /// <summary>The names of every built-in function.</summary>
    public static IEnumerable<string> Names => s_all.Select(f => f.Name);

    /// <summary>Finds a function by name (case-insensitive); false when there is none.</summary>
    public static bool TryGet(string name, out BuiltInFunction function)
    {
        function = s_all.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return function is not null;
    }

    private static double Square(double value) => value * value;

    private static double Rosenbrock(ReadOnlySpan<double> x) => 100 * Square(x[1] - x[0] * x[0]) + Square(1 - x[0]);

    // ∂/∂x = −400 x (y − x²) − 2 (1 − x), ∂/∂y = 200 (y − x²), as SciPy's rosen_der (x² a scalar pow).
    private static void RosenbrockGradient(ReadOnlySpan<double> x, Span<double> g)
    {
        var valley = x[1] - Math.Pow(x[0], 2);
        g[0] = -400 * x[0] * valley - 2 * (1 - x[0]);
        g[1] = 200 * valley;
    }

    // With a = x² + y − 11 and b = x + y² − 7: ∂/∂x = 4xa + 2b, ∂/∂y = 2a + 4yb.
    private static void HimmelblauGradient(ReadOnlySpan<double> x, Span<double> g)
    {
        var a = x[0] * x[0] + x[1] - 11;
        var b = x[0] + x[1] * x[1] - 7;
        g[0] = 4 * x[0] * a + 2 * b;
        g[1] = 2 * a + 4 * x[1] * b;
    }

    private static double Beale(ReadOnlySpan<double> x)
    {
        var (p, q) = (x[0], x[1]);
        return Square(1.5 - p + p * q) + Square(2.25 - p + p * q * q) + Square(2.625 - p + p * q * q * q);
    }

    // With tᵢ = cᵢ − x + x yⁱ: ∂/∂x = Σ 2 tᵢ (yⁱ − 1), ∂/∂y = Σ 2 tᵢ · i x yⁱ⁻¹.
    private static void BealeGradient(ReadOnlySpan<double> x, Span<double> g)
    {
        var (p, q) = (x[0], x[1]);
        var t1 = 1.5 - p + p * q;
        var t2 = 2.25 - p + p * q * q;
        var t3 = 2.625 - p + p * q * q * q;
        g[0] = 2 * t1 * (q - 1) + 2 * t2 * (q * q - 1) + 2 * t3 * (q * q * q - 1);
        g[1] = 2 * t1 * p + 2 * t2 * 2 * p * q + 2 * t3 * 3 * p * q * q;
    }
}
