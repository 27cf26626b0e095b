namespace TerrainDescent.Core.Functions.Expressions;

/// <summary>A node of a parsed expression tree; evaluating it only does arithmetic on the coordinates.</summary>
internal abstract class ExpressionNode
{
    public abstract double Evaluate(ReadOnlySpan<double> x);
}

/// <summary>A number literal or named constant.</summary>
internal sealed class ConstantNode(double value) : ExpressionNode
{
    public override double Evaluate(ReadOnlySpan<double> x) => value;
}

/// <summary>Coordinate <c>index</c> (x = 0, y = 1, z = 2).</summary>
internal sealed class VariableNode(int index) : ExpressionNode
{
    public override double Evaluate(ReadOnlySpan<double> x) => x[index];
}

/// <summary>A unary operation: negation or one of the whitelisted functions.</summary>
internal sealed class UnaryNode(Func<double, double> operation, ExpressionNode operand) : ExpressionNode
{
    public override double Evaluate(ReadOnlySpan<double> x) => operation(operand.Evaluate(x));
}

/// <summary>A binary operation: + − × ÷ or power.</summary>
internal sealed class BinaryNode(char operation, ExpressionNode left, ExpressionNode right) : ExpressionNode
{
    public override double Evaluate(ReadOnlySpan<double> x)
    {
        var a = left.Evaluate(x);
        var b = right.Evaluate(x);
        return operation switch
        {
            '+' => a + b,
            '-' => a - b,
            '*' => a * b,
            '/' => a / b,
            _ => Math.Pow(a, b),
        };
    }
}
