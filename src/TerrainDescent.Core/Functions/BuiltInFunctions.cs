using static TerrainDescent.Core.Functions.FunctionFormulas;

namespace TerrainDescent.Core.Functions;

/// <summary>
/// The catalogue of built-in test functions by name: the gradient-descent tutorial examples and the functions
/// teachers use (Rosenbrock 1960, Himmelblau 1972, Booth, Beale 1958, Rastrigin 1974, Ackley 1987, a saddle,
/// Goldstein–Price 1971), each with its known minimum, defaults that converge and a window to plot.
/// </summary>
/// <remarks>
/// Each formula is evaluated as its NumPy reference writes it, so the tutorial figures reproduce to the last
/// digit: a square of an array element (<c>x[0]**2</c>, a scalar power) is <see cref="Math.Pow(double, double)"/>,
/// which, like NumPy's, calls the C library's pow and can differ from x·x in the last bit; SciPy's
/// <c>rosen</c> squares whole arrays, which is x·x.
/// </remarks>
public static class BuiltInFunctions
{
    private const string HillWalker = "hill-walker";
    private const string ExactLineSearch = "exact-line-search";

    private static readonly BuiltInFunction[] s_all =
    [
        new("parabola", "x² − 4x + 4", 1,
            x => x[0] * x[0] - 4 * x[0] + 4,
            (x, g) => g[0] = 2 * x[0] - 4,
            [[2.0]], 0.0, [10.0],
            new(HillWalker, Alpha: 0.1, Eta: 0.1, Gamma: 0.9, MaxIterations: 1000, Tolerance: 1e-6), [-2.0, 12.0]),
        new("sphere", "x² + y²", 2,
            x => x[0] * x[0] + x[1] * x[1],
            (x, g) => { g[0] = 2 * x[0]; g[1] = 2 * x[1]; },
            [[0.0, 0.0]], 0.0, [2.0, 2.0],
            new(HillWalker, Alpha: 0.1, Eta: 0.05, Gamma: 0.9, MaxIterations: 1000, Tolerance: 1e-6), [-3.0, 3.0, -3.0, 3.0]),
        new("coupled-3d", "x² − 2x + y² + z² + zy", 3,
            x => x[0] * x[0] - 2 * x[0] + x[1] * x[1] + x[2] * x[2] + x[2] * x[1],
            (x, g) => { g[0] = 2 * x[0] - 2; g[1] = 2 * x[1] + x[2]; g[2] = 2 * x[2] + x[1]; },
            [[1.0, 0.0, 0.0]], -1.0, [2.0, -5.0, 7.0],
            new(HillWalker, Alpha: 0.1, Eta: 0.1, Gamma: 0.9, MaxIterations: 1000, Tolerance: 1e-6), []),
        new("quadratic", "x₁² + 7x₂² + 2x₁ + x₂ + 2", 2,
            x => Math.Pow(x[0], 2) + 7 * Math.Pow(x[1], 2) + 2 * x[0] + x[1] + 2,
            (x, g) => { g[0] = 2 * x[0] + 2; g[1] = 14 * x[1] + 1; },
            [[-1.0, -1.0 / 14.0]], 27.0 / 28.0, [0.0, 1.0],
            new(ExactLineSearch, Alpha: 0.05, Eta: 0.05, Gamma: 0.9, MaxIterations: 1000, Tolerance: 1e-5), [-2.5, 1.5, -1.5, 1.5]),
        new("rosenbrock", "100 (y − x²)² + (1 − x)²", 2,
            Rosenbrock,
            RosenbrockGradient,
            [[1.0, 1.0]], 0.0, [-2.0, -2.0],
            new(ExactLineSearch, Alpha: 1e-4, Eta: 0.02, Gamma: 0.9, MaxIterations: 20_000, Tolerance: 1e-5), [-2.5, 2.5, -2.5, 4.0]),
        new("himmelblau", "(x² + y − 11)² + (x + y² − 7)²", 2,
            x => Square(x[0] * x[0] + x[1] - 11) + Square(x[0] + x[1] * x[1] - 7),
            HimmelblauGradient,
            [[3.0, 2.0], [-2.805118, 3.131312], [-3.779310, -3.283186], [3.584428, -1.848126]], 0.0, [0.0, 0.0],
            new(HillWalker, Alpha: 0.01, Eta: 0.05, Gamma: 0.9, MaxIterations: 2000, Tolerance: 1e-6), [-5.0, 5.0, -5.0, 5.0]),
        new("booth", "(x + 2y − 7)² + (2x + y − 5)²", 2,
            x => Square(x[0] + 2 * x[1] - 7) + Square(2 * x[0] + x[1] - 5),
            (x, g) =>
            {
                var a = x[0] + 2 * x[1] - 7;
                var b = 2 * x[0] + x[1] - 5;
                g[0] = 2 * a + 4 * b;
                g[1] = 4 * a + 2 * b;
            },
            [[1.0, 3.0]], 0.0, [-5.0, -5.0],
            new(HillWalker, Alpha: 0.05, Eta: 0.1, Gamma: 0.9, MaxIterations: 2000, Tolerance: 1e-6), [-10.0, 10.0, -10.0, 10.0]),
        new("beale", "(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²", 2,
            Beale,
            BealeGradient,
            [[3.0, 0.5]], 0.0, [1.0, 1.0],
            new(HillWalker, Alpha: 0.01, Eta: 0.01, Gamma: 0.9, MaxIterations: 20_000, Tolerance: 1e-6), [-4.5, 4.5, -4.5, 4.5]),
        new("rastrigin", "20 + x² − 10 cos 2πx + y² − 10 cos 2πy", 2,
            Rastrigin,
            RastriginGradient,
            [[0.0, 0.0]], 0.0, [0.4, -0.3],
            new(HillWalker, Alpha: 0.002, Eta: 0.01, Gamma: 0.9, MaxIterations: 2000, Tolerance: 1e-6), [-5.12, 5.12, -5.12, 5.12]),
        new("ackley", "−20 exp(−0.2 √(½(x² + y²))) − exp(½(cos 2πx + cos 2πy)) + e + 20", 2,
            Ackley,
            AckleyGradient,
            [[0.0, 0.0]], 0.0, [0.3, -0.2],
            new(ExactLineSearch, Alpha: 0.01, Eta: 0.01, Gamma: 0.9, MaxIterations: 2000, Tolerance: 1e-6), [-5.0, 5.0, -5.0, 5.0]),
        new("saddle", "x² − y²", 2,
            x => x[0] * x[0] - x[1] * x[1],
            (x, g) => { g[0] = 2 * x[0]; g[1] = -2 * x[1]; },
            [], double.NegativeInfinity, [1.0, 0.0],
            new(HillWalker, Alpha: 0.1, Eta: 0.05, Gamma: 0.9, MaxIterations: 1000, Tolerance: 1e-6), [-2.0, 2.0, -2.0, 2.0]),
        new("goldstein-price", "[1 + (x + y + 1)² (19 − 14x + 3x² − 14y + 6xy + 3y²)] × [30 + (2x − 3y)² (18 − 32x + 12x² + 48y − 36xy + 27y²)]", 2,
            GoldsteinPrice,
            null,
            [[0.0, -1.0]], 3.0, [0.5, -0.5],
            new(ExactLineSearch, Alpha: 1e-4, Eta: 0.01, Gamma: 0.9, MaxIterations: 2000, Tolerance: 1e-4), [-2.0, 2.0, -3.0, 1.0]),
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
}
