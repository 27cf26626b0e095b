namespace TerrainDescent.Cli.Tests;

/// <summary>The optimize command reproduces published tutorial outputs, printed the way the tutorials print them.</summary>
public sealed class OptimizeCommandTests
{
    [Fact]
    public void Optimize_Parabola_ReproducesTheTutorialIterations()
    {
        var result = CliRunner.Run("optimize", "--function", "parabola", "--x0", "10", "--alpha", "0.01", "--max-iter", "400");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("iteration    100: x = [3.06", result.Stdout);
        Assert.Contains("f = 1.12", result.Stdout);
        Assert.Contains("x = [2.0024746869264467]", result.Stdout);
        Assert.Contains("f = 6.124075383695526e-06", result.Stdout);
    }

    [Fact]
    public void Optimize_SphereWithCentralDifferences_ReproducesTheTutorialResult()
    {
        var result = CliRunner.Run("optimize", "--function", "sphere", "--x0", "2,2", "--h", "1e-5", "--alpha", "0.02", "--max-iter", "400");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("central differences, h = 1e-05", result.Stdout);
        Assert.Contains("x = [1.620030576444503e-07, 1.620030576444503e-07]", result.Stdout);
        Assert.Contains("f = 5.248998137230217e-14", result.Stdout);
    }

    [Fact]
    public void Optimize_CoupledThreeDimensional_ReproducesTheTutorialResult()
    {
        var result = CliRunner.Run("optimize", "--function", "coupled-3d", "--x0=2,-5,7", "--h", "1e-5", "--alpha", "0.05", "--max-iter", "400");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("-7.3724315", result.Stdout);
        Assert.Contains("7.3723742", result.Stdout);
        Assert.Contains("f = -1\n", result.Stdout);
    }

    [Fact]
    public void Optimize_RosenbrockExactLineSearch_ConvergesNearOneOneInAboutTwelveThousandIterations()
    {
        var result = CliRunner.Run("optimize", "--function", "rosenbrock", "--x0=-2,-2", "--method", "exact-line-search", "--tol", "1e-5", "--max-iter", "20000", "--print-every", "0");

        Assert.Equal(0, result.ExitCode);
        var line = result.Stdout.Split('\n').Single(l => l.StartsWith("result after", StringComparison.Ordinal));
        var iterations = int.Parse(line.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("(converged)", line);
        Assert.InRange(iterations, 11_000, 13_000);
        Assert.Contains("x = [0.99999", result.Stdout);
    }

    [Theory]
    [InlineData(new[] { "optimize", "--function", "nope" }, "unknown function 'nope'")]
    [InlineData(new[] { "optimize", "--function", "sphere", "--x0", "1,2,3" }, "--x0 has 3 number(s) but the function takes 2")]
    [InlineData(new[] { "optimize", "--function", "sphere", "--x0", "1,abc" }, "--x0 must be 2 comma-separated finite numbers")]
    [InlineData(new[] { "optimize", "--function", "sphere", "--method", "water" }, "water follows terrain cells")]
    [InlineData(new[] { "optimize", "--function", "sphere", "--alpha", "-1" }, "alpha must be a positive finite number")]
    [InlineData(new[] { "optimize", "--function", "sphere", "--h", "0" }, "--h must be a positive finite step")]
    [InlineData(new[] { "optimize", "--function", "sphere", "--max-iter", "0" }, "max steps must be at least 1")]
    [InlineData(new[] { "optimize", "--function", "sphere", "--method", "adam", "--beta1", "1" }, "beta1")]
    public void Optimize_BadInput_FailsWithOneLine(string[] arguments, string expected)
    {
        CliRunner.AssertOneLineError(CliRunner.Run(arguments), expected);
    }
}
