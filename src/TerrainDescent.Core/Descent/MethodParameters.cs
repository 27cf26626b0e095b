namespace TerrainDescent.Core.Descent;

/// <summary>
/// The catalogue of method parameters: every tuning parameter of <see cref="DescentOptions"/> and which method
/// reads which. The one place that knows it; the command line, the web API, the map page and the GeoJSON
/// properties are all built from it. Sea level and the step budget are rules of the runner, shared by every
/// method, and are not listed here.
/// </summary>
public static class MethodParameters
{
    /// <summary>α, metres of step per unit slope.</summary>
    public static MethodParameter Alpha { get; } = new("alpha", "α", "step", "m per unit slope", "> 0", "alpha_m", o => o.AlphaMetres, (o, v) => o with { AlphaMetres = v });

    /// <summary>γ, the share of velocity kept per step.</summary>
    public static MethodParameter Gamma { get; } = new("gamma", "γ", "velocity kept per step", "", "[0, 1)", "gamma", o => o.Gamma, (o, v) => o with { Gamma = v });

    /// <summary>η, the nominal step of the adaptive methods in metres.</summary>
    public static MethodParameter Eta { get; } = new("eta", "η", "nominal step", "m", "> 0", "eta_m", o => o.AdaptiveStepMetres, (o, v) => o with { AdaptiveStepMetres = v });

    /// <summary>β₁, Adam's decay of the mean gradient.</summary>
    public static MethodParameter Beta1 { get; } = new("beta1", "β₁", "decay of the mean gradient", "", "[0, 1)", "beta1", o => o.Beta1, (o, v) => o with { Beta1 = v });

    /// <summary>β₂, Adam's decay of the mean squared gradient.</summary>
    public static MethodParameter Beta2 { get; } = new("beta2", "β₂", "decay of the mean squared gradient", "", "[0, 1)", "beta2", o => o.Beta2, (o, v) => o with { Beta2 = v });

    /// <summary>ρ, RMSProp's decay of the mean squared gradient.</summary>
    public static MethodParameter Decay { get; } = new("decay", "ρ", "decay of the mean squared gradient", "", "[0, 1)", "decay", o => o.DecayRate, (o, v) => o with { DecayRate = v });

    /// <summary>ε, added to the root-mean-square slope before dividing.</summary>
    public static MethodParameter Epsilon { get; } = new("epsilon", "ε", "added before dividing by the RMS slope", "", "> 0", "epsilon", o => o.EpsilonStability, (o, v) => o with { EpsilonStability = v });

    /// <summary>The first trial step of the line searches, metres per unit slope.</summary>
    public static MethodParameter LineSearchAlpha { get; } = new("lineSearchAlpha", "a₀", "first trial step", "m per unit slope", "> 0", "line_search_alpha_m", o => o.LineSearchInitialAlphaMetres, (o, v) => o with { LineSearchInitialAlphaMetres = v });

    /// <summary>The longest line-search step, ground metres.</summary>
    public static MethodParameter LineSearchMaxStep { get; } = new("lineSearchMaxStep", "Δₘₐₓ", "longest step on the ground", "m", "> 0", "line_search_max_step_m", o => o.LineSearchMaxStepMetres, (o, v) => o with { LineSearchMaxStepMetres = v });

    /// <summary>c, Armijo's sufficient-decrease share.</summary>
    public static MethodParameter ArmijoC { get; } = new("armijoC", "c", "sufficient-decrease share", "", "(0, 1)", "armijo_c", o => o.ArmijoC, (o, v) => o with { ArmijoC = v });

    /// <summary>The factor a rejected Armijo step shrinks by.</summary>
    public static MethodParameter Backtrack { get; } = new("backtrack", "ρ", "factor a rejected step shrinks by", "", "(0, 1)", "backtrack", o => o.BacktrackFactor, (o, v) => o with { BacktrackFactor = v });

    private static readonly MethodParameter[] s_all = [Alpha, Gamma, Eta, Beta1, Beta2, Decay, Epsilon, LineSearchAlpha, LineSearchMaxStep, ArmijoC, Backtrack];

    // Which options each method's update rule reads (water follows D8 flow and reads none).
    private static readonly Dictionary<string, MethodParameter[]> s_byMethod = new(StringComparer.OrdinalIgnoreCase)
    {
        [HillWalkerDescent.MethodName] = [Alpha],
        [MomentumDescent.MethodName] = [Alpha, Gamma],
        [NesterovDescent.MethodName] = [Alpha, Gamma],
        [AdagradDescent.MethodName] = [Eta, Epsilon],
        [RmsPropDescent.MethodName] = [Eta, Decay, Epsilon],
        [AdamDescent.MethodName] = [Eta, Beta1, Beta2, Epsilon],
        [ExactLineSearchDescent.MethodName] = [LineSearchAlpha, LineSearchMaxStep],
        [ArmijoDescent.MethodName] = [LineSearchAlpha, LineSearchMaxStep, ArmijoC, Backtrack],
        [Water.WaterFlowDescent.MethodName] = [],
    };

    /// <summary>Every parameter, in the order they are listed to users.</summary>
    public static IReadOnlyList<MethodParameter> All => s_all;

    /// <summary>The parameters <paramref name="method"/> reads, in catalogue order; empty for a method that reads none.</summary>
    public static IReadOnlyList<MethodParameter> For(IDescentMethod method) => For(method.Name);

    /// <summary>The parameters of the method named <paramref name="methodName"/>; empty for an unknown name.</summary>
    public static IReadOnlyList<MethodParameter> For(string methodName) =>
        s_byMethod.TryGetValue(methodName, out var parameters) ? parameters : [];

    /// <summary>The names of the methods that read <paramref name="parameter"/>, in catalogue order.</summary>
    public static IReadOnlyList<string> MethodsUsing(MethodParameter parameter) =>
        DescentMethods.Names.Where(name => For(name).Contains(parameter)).ToList();

    /// <summary>Finds a parameter by its <see cref="MethodParameter.Name"/> (case-sensitive); null when there is none.</summary>
    public static MethodParameter? Find(string name) => s_all.FirstOrDefault(p => p.Name == name);
}
