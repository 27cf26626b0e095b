namespace TerrainDescent.Core.Functions.Expressions;

/// <summary>
/// A user-given formula in x, y and z, such as <c>x^2 + 3*y^2</c>, parsed by a small parser of our own
/// (<c>+ − * / ^ **</c>, parentheses, pi, e and sin cos tan exp log ln sqrt abs tanh): text is never executed.
/// Immutable and thread-safe.
/// </summary>
public sealed class FunctionExpression
{
    private readonly ExpressionNode _root;

    private FunctionExpression(string text, ExpressionNode root, int dimension)
    {
        Text = text;
        _root = root;
        Dimension = dimension;
    }

    /// <summary>The formula as given.</summary>
    public string Text { get; }

    /// <summary>The number of coordinates: 1 for x alone, 2 with y, 3 with z.</summary>
    public int Dimension { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> naming the first error and its position.</summary>
    public static FunctionExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FormatException("the expression is empty");
        }

        var (root, dimension) = ExpressionParser.Parse(text);
        return dimension == 0
            ? throw new FormatException("the expression uses no variable (x, y or z)")
            : new FunctionExpression(text, root, dimension);
    }

    /// <summary>f(x), with x holding at least <see cref="Dimension"/> coordinates.</summary>
    public double Evaluate(ReadOnlySpan<double> x) => _root.Evaluate(x);

    /// <summary>
    /// The formula as a function to minimise, its gradient by central differences (O(h²)), started at 1 in every
    /// coordinate with the exact line search; no minimum is known.
    /// </summary>
    public BuiltInFunction ToFunction()
    {
        var window = Dimension == 1 ? new[] { -3.0, 3.0 } : Dimension == 2 ? [-3.0, 3.0, -3.0, 3.0] : [];
        return new BuiltInFunction("expr", Text, Dimension, Evaluate, null, [], double.NaN, Enumerable.Repeat(1.0, Dimension).ToArray(),
            new FunctionDefaults("exact-line-search", Alpha: 0.01, Eta: 0.01, Gamma: 0.9, MaxIterations: 10_000, Tolerance: 1e-6), window);
    }
}
