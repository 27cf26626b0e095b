using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions.Expressions;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Functions.Expressions;

public sealed class FunctionExpressionTests
{
    [Theory]
    [InlineData("x^2 + 3*y^2", 2.0, -1.0, 7.0)]
    [InlineData("-x^2", 3.0, 0.0, -9.0)]
    [InlineData("x^3^2", 2.0, 0.0, 512.0)]
    [InlineData("x**2 - y ** 2", 3.0, 1.0, 8.0)]
    [InlineData("(x + 1) * (y - 1) / 2", 3.0, 5.0, 8.0)]
    [InlineData("sin(pi * x) + exp(0) + sqrt(abs(y)) + log(e)", 0.5, -4.0, 5.0)]
    [InlineData("1.5e1 * x - 2.5E-1", 1.0, 0.0, 14.75)]
    [InlineData("2 * -x", 3.0, 0.0, -6.0)]
    public void Evaluate_FollowsArithmeticPrecedence(string text, double x, double y, double expected)
    {
        var expression = FunctionExpression.Parse(text);

        Approx.AssertClose(expected, expression.Evaluate([x, y, 0.0]), 1e-12, text);
    }

    [Theory]
    [InlineData("x^2", 1)]
    [InlineData("y", 2)]
    [InlineData("x + z", 3)]
    public void Dimension_IsTheLastVariableUsed(string text, int dimension)
    {
        Assert.Equal(dimension, FunctionExpression.Parse(text).Dimension);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("x +", "ends too early")]
    [InlineData("x + (y", "expected ')'")]
    [InlineData("system(\"rm\")", "unknown name 'system'")]
    [InlineData("x; y", "unexpected ';' at character 2")]
    [InlineData("3 + 4", "no variable")]
    [InlineData("w^2", "unknown name 'w'")]
    [InlineData("x $ 2", "unexpected '$'")]
    public void Parse_BadText_FailsWithAPositionedMessage(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => FunctionExpression.Parse(text));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Parse_DeepNesting_FailsInsteadOfOverflowingTheStack()
    {
        var text = new string('-', 100_000) + "x";

        var error = Assert.Throws<FormatException>(() => FunctionExpression.Parse(text));

        Assert.Contains("nested too deeply", error.Message);
    }

    [Fact]
    public void ToFunction_MinimisesWithCentralDifferences()
    {
        var function = FunctionExpression.Parse("(x - 1)^2 + 3*(y + 2)^2").ToFunction();
        Assert.True(DescentMethods.TryGet(function.Defaults.MethodName, out var method));

        var trace = DescentRunner.Run(function.ToObjective(), method, function.SuggestedStart, function.Defaults.ApplyTo(DescentOptions.ForFunctions, _ => false));

        Assert.Null(function.AnalyticGradient);
        Assert.Equal(StopReason.Converged, trace.Reason);
        Approx.AssertClose(1.0, trace.End[0], 1e-6, "x");
        Approx.AssertClose(-2.0, trace.End[1], 1e-6, "y");
    }
}
