namespace TerrainDescent.Core.Functions;

/// <summary>The longer built-in formulas and their analytic gradients, written in the order their references evaluate them.</summary>
internal static class FunctionFormulas
{
    public static double Square(double value) => value * value;

    public static double Rosenbrock(ReadOnlySpan<double> x) => 100 * Square(x[1] - x[0] * x[0]) + Square(1 - x[0]);

    // ∂/∂x = −400 x (y − x²) − 2 (1 − x), ∂/∂y = 200 (y − x²), as SciPy's rosen_der (x² a scalar pow).
    public static void RosenbrockGradient(ReadOnlySpan<double> x, Span<double> g)
    {
        var valley = x[1] - Math.Pow(x[0], 2);
        g[0] = -400 * x[0] * valley - 2 * (1 - x[0]);
        g[1] = 200 * valley;
    }

    // With a = x² + y − 11 and b = x + y² − 7: ∂/∂x = 4xa + 2b, ∂/∂y = 2a + 4yb.
    public static void HimmelblauGradient(ReadOnlySpan<double> x, Span<double> g)
    {
        var a = x[0] * x[0] + x[1] - 11;
        var b = x[0] + x[1] * x[1] - 7;
        g[0] = 4 * x[0] * a + 2 * b;
        g[1] = 2 * a + 4 * x[1] * b;
    }

    public static double Beale(ReadOnlySpan<double> x)
    {
        var (p, q) = (x[0], x[1]);
        return Square(1.5 - p + p * q) + Square(2.25 - p + p * q * q) + Square(2.625 - p + p * q * q * q);
    }

    // With tᵢ = cᵢ − x + x yⁱ: ∂/∂x = Σ 2 tᵢ (yⁱ − 1), ∂/∂y = Σ 2 tᵢ · i x yⁱ⁻¹.
    public static void BealeGradient(ReadOnlySpan<double> x, Span<double> g)
    {
        var (p, q) = (x[0], x[1]);
        var t1 = 1.5 - p + p * q;
        var t2 = 2.25 - p + p * q * q;
        var t3 = 2.625 - p + p * q * q * q;
        g[0] = 2 * t1 * (q - 1) + 2 * t2 * (q * q - 1) + 2 * t3 * (q * q * q - 1);
        g[1] = 2 * t1 * p + 2 * t2 * 2 * p * q + 2 * t3 * 3 * p * q * q;
    }

    // Rastrigin (1974): 10 n + Σ (xᵢ² − 10 cos 2πxᵢ); ∂/∂xᵢ = 2 xᵢ + 20π sin 2πxᵢ.
    public static double Rastrigin(ReadOnlySpan<double> x)
    {
        var sum = 10.0 * x.Length;
        foreach (var v in x)
        {
            sum += v * v - 10 * Math.Cos(2 * Math.PI * v);
        }

        return sum;
    }

    public static void RastriginGradient(ReadOnlySpan<double> x, Span<double> g)
    {
        for (var i = 0; i < x.Length; i++)
        {
            g[i] = 2 * x[i] + 20 * Math.PI * Math.Sin(2 * Math.PI * x[i]);
        }
    }

    // Ackley (1987), 2-D: −20 exp(−0.2 √(½ (x² + y²))) − exp(½ (cos 2πx + cos 2πy)) + e + 20.
    public static double Ackley(ReadOnlySpan<double> x)
    {
        var r = Math.Sqrt(0.5 * (x[0] * x[0] + x[1] * x[1]));
        var c = 0.5 * (Math.Cos(2 * Math.PI * x[0]) + Math.Cos(2 * Math.PI * x[1]));
        return -20 * Math.Exp(-0.2 * r) - Math.Exp(c) + Math.E + 20;
    }

    // ∂/∂xᵢ = 2 exp(−0.2 r) xᵢ / r + π sin(2πxᵢ) exp(c), with r as above; the cone's term is taken as 0 at r = 0.
    public static void AckleyGradient(ReadOnlySpan<double> x, Span<double> g)
    {
        var r = Math.Sqrt(0.5 * (x[0] * x[0] + x[1] * x[1]));
        var expC = Math.Exp(0.5 * (Math.Cos(2 * Math.PI * x[0]) + Math.Cos(2 * Math.PI * x[1])));
        var cone = r == 0 ? 0 : 2 * Math.Exp(-0.2 * r) / r;
        for (var i = 0; i < 2; i++)
        {
            g[i] = cone * x[i] + Math.PI * Math.Sin(2 * Math.PI * x[i]) * expC;
        }
    }

    // Goldstein and Price (1971): [1 + (x + y + 1)² (19 − 14x + 3x² − 14y + 6xy + 3y²)]
    //   × [30 + (2x − 3y)² (18 − 32x + 12x² + 48y − 36xy + 27y²)]; minimum 3 at (0, −1).
    public static double GoldsteinPrice(ReadOnlySpan<double> x)
    {
        var (p, q) = (x[0], x[1]);
        var a = 1 + Square(p + q + 1) * (19 - 14 * p + 3 * p * p - 14 * q + 6 * p * q + 3 * q * q);
        var b = 30 + Square(2 * p - 3 * q) * (18 - 32 * p + 12 * p * p + 48 * q - 36 * p * q + 27 * q * q);
        return a * b;
    }
}
