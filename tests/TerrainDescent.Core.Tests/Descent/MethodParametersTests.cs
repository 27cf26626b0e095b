using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Water;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Descent;

/// <summary>
/// The parameter catalogue against the engine: names, defaults and setters match <see cref="DescentOptions"/>,
/// and each method's path depends on exactly the parameters the catalogue lists for it.
/// </summary>
public sealed class MethodParametersTests
{
    // A valid value far enough from the default to change any path that reads it within a few dozen steps.
    private static readonly Dictionary<string, double> s_changed = new()
    {
        ["alpha"] = 3,
        ["gamma"] = 0.5,
        ["eta"] = 3,
        ["beta1"] = 0.5,
        ["beta2"] = 0.9,
        ["decay"] = 0.5,
        ["epsilon"] = 0.05,
        ["lineSearchAlpha"] = 7,
        ["lineSearchMaxStep"] = 15,
        ["armijoC"] = 0.5,
        ["backtrack"] = 0.9,
    };

    public static TheoryData<string> GradientMethods => new(DescentMethods.Names.Where(n => n != WaterFlowDescent.MethodName));

    [Fact]
    public void Catalogue_DefaultsAndSetters_MatchDescentOptions()
    {
        var defaults = new DescentOptions();

        Assert.Equal(11, MethodParameters.All.Count);
        Assert.Equal(DescentOptions.DefaultAlphaMetres, MethodParameters.Alpha.DefaultValue);
        Assert.Equal(defaults.AdaptiveStepMetres, MethodParameters.Eta.DefaultValue);
        Assert.Equal(defaults.ArmijoC, MethodParameters.ArmijoC.DefaultValue);
        foreach (var parameter in MethodParameters.All)
        {
            var changed = parameter.With(defaults, s_changed[parameter.Name]);
            Assert.Equal(s_changed[parameter.Name], parameter.Read(changed));
            Assert.Null(changed.Validate());
            Assert.Same(parameter, MethodParameters.Find(parameter.Name));
            Assert.NotEmpty(MethodParameters.MethodsUsing(parameter));
        }
    }

    [Theory]
    [InlineData("alpha", "alpha")]
    [InlineData("beta1", "beta1")]
    [InlineData("lineSearchAlpha", "line-search-alpha")]
    [InlineData("lineSearchMaxStep", "line-search-max-step")]
    [InlineData("armijoC", "armijo-c")]
    public void OptionName_IsTheKebabCaseOfTheQueryName(string name, string optionName)
    {
        Assert.Equal(optionName, MethodParameters.Find(name)!.OptionName);
    }

    [Fact]
    public void For_Water_ListsNoParametersAndAdamItsFour()
    {
        Assert.Empty(MethodParameters.For(WaterFlowDescent.MethodName));
        Assert.Equal(["eta", "beta1", "beta2", "epsilon"], MethodParameters.For(AdamDescent.MethodName).Select(p => p.Name));
        Assert.All(DescentMethods.Names, name => Assert.NotNull(MethodParameters.For(name)));
    }

    [Theory]
    [MemberData(nameof(GradientMethods))]
    public void Descend_ChangingAParameter_ChangesThePathExactlyWhenTheMethodReadsIt(string methodName)
    {
        // An elongated bowl, started off both axes, so every rule turns and every parameter has work to do.
        var descender = new TerrainDescender(new TerrainSurface(
            SyntheticGrids.Projected(101, 101, 10.0, (e, n) => 10 + 0.0002 * (e - 500) * (e - 500) + 0.002 * (n - 500) * (n - 500))));
        Assert.True(DescentMethods.TryGet(methodName, out var method));
        // c close to 1 makes Armijo backtrack, so its shrink factor matters too.
        // On terrain the exact search is the capped one, which reads the line-search parameters.
        var baseline = StallFreeOptions.For(30) with { ArmijoC = 0.99, LineSearchBracketing = LineSearchBracketing.Capped };
        var reference = descender.Descend(method, 880, 140, baseline).Vertices;

        foreach (var parameter in MethodParameters.All)
        {
            var path = descender.Descend(method, 880, 140, parameter.With(baseline, s_changed[parameter.Name])).Vertices;

            var read = MethodParameters.For(method).Contains(parameter);
            Assert.True(read != path.SequenceEqual(reference), $"{methodName} {(read ? "ignores" : "reads")} {parameter.Name}");
        }
    }
}
