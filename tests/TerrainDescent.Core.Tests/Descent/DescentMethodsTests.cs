using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;
using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Descent;

/// <summary>Every gradient method of the catalogue against a paraboloid's known minimum, as a function and as terrain.</summary>
public sealed class DescentMethodsTests
{
    public static TheoryData<string> GradientMethods =>
    [
        NesterovDescent.MethodName,
        AdagradDescent.MethodName,
        RmsPropDescent.MethodName,
        AdamDescent.MethodName,
        ExactLineSearchDescent.MethodName,
        ArmijoDescent.MethodName,
    ];

    [Theory]
    [MemberData(nameof(GradientMethods))]
    public void Run_OnAnalyticParaboloid_ReachesKnownMinimum(string methodName)
    {
        // f = (x − 3)² + 2 (y + 1)², minimum 0 at (3, −1).
        var objective = FunctionObjective.WithAnalyticGradient(
            2,
            x => (x[0] - 3) * (x[0] - 3) + 2 * (x[1] + 1) * (x[1] + 1),
            (x, g) => { g[0] = 2 * (x[0] - 3); g[1] = 4 * (x[1] + 1); });
        Assert.True(DescentMethods.TryGet(methodName, out var method));
        var options = StallFreeOptions.For(maxSteps: 3000, alpha: 0.1) with
        {
            Gamma = 0.5,
            AdaptiveStepMetres = AdaptiveStep(methodName, 0.05),
            LineSearchInitialAlphaMetres = 1.0,
            GradientToleranceInfinityNorm = 1e-9,
        };

        var trace = DescentRunner.Run(objective, method, [0.0, 0.0], options);

        // The adaptive methods move about η per step, so they settle within a few η of the minimum.
        var tolerance = methodName is RmsPropDescent.MethodName or AdamDescent.MethodName ? 0.1 : 1e-6;
        Approx.AssertClose(3.0, trace.End[0], tolerance, $"{methodName} x");
        Approx.AssertClose(-1.0, trace.End[1], tolerance, $"{methodName} y");
    }

    [Theory]
    [MemberData(nameof(GradientMethods))]
    public void Descend_OnTerrainParaboloid_StopsAtTheFloor(string methodName)
    {
        var descender = new TerrainDescender(new TerrainSurface(
            SyntheticGrids.Projected(101, 101, 10.0, (e, n) => 10 + 0.0005 * ((e - 500) * (e - 500) + (n - 500) * (n - 500)))));
        Assert.True(DescentMethods.TryGet(methodName, out var method));
        var options = new DescentOptions { AlphaMetres = 20.0, Gamma = 0.5, AdaptiveStepMetres = AdaptiveStep(methodName, 2.0), SeaLevelMetres = 0 };

        var path = descender.Descend(method, 900, 150, options);

        Assert.Contains(path.Reason, new[] { StopReason.Stalled, StopReason.MaxSteps });
        Approx.AssertClose(500, path.End.X, 5.0, $"{methodName} easting of the floor");
        Approx.AssertClose(500, path.End.Y, 5.0, $"{methodName} northing of the floor");
        Approx.AssertClose(10.0, path.End.ElevationMetres, 0.05, $"{methodName} floor elevation");
    }

    /// <summary>Adagrad's steps shrink like η/√k, so it needs a tenfold η to cover the same ground.</summary>
    private static double AdaptiveStep(string methodName, double step) => methodName == AdagradDescent.MethodName ? 10 * step : step;

    [Fact]
    public void Parse_All_ListsEveryMethodOnce()
    {
        var methods = DescentMethods.Parse("all", out var error);

        Assert.Null(error);
        Assert.Equal(
            ["hill-walker", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "exact-line-search", "armijo", "water"],
            methods!.Select(m => m.Name));
    }

    [Theory]
    [InlineData("water", true)]
    [InlineData("adam", false)]
    public void RequiresTerrain_IsTrueOnlyForGridMethods(string name, bool expected)
    {
        Assert.True(DescentMethods.TryGet(name, out var method));

        Assert.Equal(expected, DescentMethods.RequiresTerrain(method));
    }
}
