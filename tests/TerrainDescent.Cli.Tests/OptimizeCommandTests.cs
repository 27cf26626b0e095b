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
    public void Optimize_RosenbrockExactLineSearch_ReproducesTheTutorialsIterationsAndDigits()
    {
        var result = CliRunner.Run("optimize", "--function", "rosenbrock", "--x0=-2,-2", "--method", "exact-line-search", "--tol", "1e-5", "--max-iter", "20000", "--print-every", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("result after 11990 iterations, 11989 steps (converged):", result.Stdout);
        Assert.Contains("x = [0.9999911956768985, 0.9999823415113582]", result.Stdout);
        Assert.Contains("f = 7.776530546515827e-11", result.Stdout);
    }

    [Fact]
    public void Optimize_QuadraticExactLineSearch_ReproducesTheTutorialsDigits()
    {
        var result = CliRunner.Run("optimize", "--function", "quadratic", "--x0=0,1", "--method", "exact-line-search", "--tol", "1e-5", "--print-every", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("result after 12 iterations, 11 steps (converged):", result.Stdout);
        Assert.Contains("x = [-0.9999970077013121, -0.0714286289789973]", result.Stdout);
        Assert.Contains("f = 0.9642857142946912", result.Stdout);
    }

    [Fact]
    public void Optimize_RosenbrockWithNoOptions_RunsTheTutorialsExactLineSearch()
    {
        var result = CliRunner.Run("optimize", "--function", "rosenbrock", "--print-every", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("minimised with exact-line-search from x0 = [-2, -2]", result.Stdout);
        Assert.Contains("result after 11990 iterations, 11989 steps (converged):", result.Stdout);
    }

    [Theory]
    [InlineData("parabola")]
    [InlineData("sphere")]
    [InlineData("coupled-3d")]
    [InlineData("quadratic")]
    [InlineData("himmelblau")]
    [InlineData("booth")]
    [InlineData("beale")]
    [InlineData("rastrigin")]
    [InlineData("ackley")]
    [InlineData("saddle")]
    [InlineData("goldstein-price")]
    public void Optimize_FunctionWithNoOptions_ConvergesWithItsDefaults(string name)
    {
        var result = CliRunner.Run("optimize", "--function", name, "--print-every", "0");

        Assert.Equal(0, result.ExitCode);
        var line = result.Stdout.Split('\n').Single(l => l.StartsWith("result after", StringComparison.Ordinal));
        Assert.True(line.Contains("(converged)", StringComparison.Ordinal) || (name == "ackley" && line.Contains("(stalled)", StringComparison.Ordinal)), line);
    }

    [Fact]
    public void Optimize_AlphaTooLarge_EndsDivergedAndSaysToLowerAlpha()
    {
        var result = CliRunner.Run("optimize", "--function", "rosenbrock", "--method", "hill-walker", "--alpha", "0.01", "--print-every", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("(diverged)", result.Stdout);
        Assert.DoesNotContain("entered-void", result.Stdout);
        Assert.Contains("diverged: the steps grew without bound; lower --alpha (it was 0.01)", result.Stdout);
    }

    [Fact]
    public void Optimize_SaddleOffItsRidge_EndsDivergedBecauseFHasNoMinimum()
    {
        var result = CliRunner.Run("optimize", "--function", "saddle", "--x0", "1,0.01", "--print-every", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("(diverged)", result.Stdout);
        Assert.Contains("f falls without bound", result.Stdout);
    }

    [Fact]
    public void Optimize_MethodAll_ComparesEveryMethodInOneTable()
    {
        var result = CliRunner.Run("optimize", "--function", "booth", "--method", "all");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("distance to minimiser", result.Stdout);
        foreach (var method in new[] { "hill-walker", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "exact-line-search", "armijo" })
        {
            Assert.Single(result.Stdout.Split('\n'), l => l.StartsWith(method + " ", StringComparison.Ordinal));
        }

        Assert.DoesNotContain("water", result.Stdout);
        Assert.Matches(@"hill-walker +139 +converged +4.698536449718279e-13 +6.855e-07", result.Stdout);
    }

    [Fact]
    public void Optimize_Expression_MinimisesWithCentralDifferences()
    {
        var result = CliRunner.Run("optimize", "--expr", "(x - 1)^2 + 3*(y + 2)^2", "--print-every", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("f(x) = (x - 1)^2 + 3*(y + 2)^2", result.Stdout);
        Assert.Contains("gradient: central differences, h = 1e-05", result.Stdout);
        Assert.Contains("(converged)", result.Stdout);
        Assert.Contains("x = [1", result.Stdout);
    }

    [Theory]
    [InlineData(new[] { "optimize", "--function", "nope" }, "unknown function 'nope'")]
    [InlineData(new[] { "optimize" }, "give --function NAME")]
    [InlineData(new[] { "optimize", "--function", "sphere", "--expr", "x" }, "not both")]
    [InlineData(new[] { "optimize", "--expr", "x + import(os)" }, "--expr: unknown name 'import'")]
    [InlineData(new[] { "optimize", "--expr", "x^^2" }, "--expr: unexpected '^' at character 3")]
    [InlineData(new[] { "optimize", "--function", "sphere", "--method", "hill-walker,nope" }, "unknown method 'nope'")]
    [InlineData(new[] { "optimize", "--function", "sphere", "--plot", "out.jpg" }, "ending .png")]
    [InlineData(new[] { "optimize", "--function", "coupled-3d", "--plot", "out.png" }, "two variables; coupled-3d has 3")]
    [InlineData(new[] { "optimize", "--function", "sphere", "--tol", "-1" }, "--tol must be a finite number")]
    [InlineData(new[] { "optimize", "--function", "sphere", "--print-every", "-1" }, "--print-every must be 0 or more")]
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
