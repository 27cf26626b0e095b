namespace TerrainDescent.Core.Descent;

/// <summary>The catalogue of descent methods by output name, shared by the CLI, the web API and batch runs.</summary>
public static class DescentMethods
{
    private static readonly IDescentMethod[] s_all =
    [
        new HillWalkerDescent(),
        new MomentumDescent(),
        new NesterovDescent(),
        new AdagradDescent(),
        new RmsPropDescent(),
        new AdamDescent(),
        new ExactLineSearchDescent(),
        new ArmijoDescent(),
        new Water.WaterFlowDescent(),
    ];

    /// <summary>Every method, in the order they are listed to users.</summary>
    public static IReadOnlyList<IDescentMethod> All => s_all;

    /// <summary>The names of every method.</summary>
    public static IEnumerable<string> Names => s_all.Select(m => m.Name);

    /// <summary>
    /// Whether <paramref name="method"/> works only on a terrain (a <see cref="Terrain.TerrainObjective"/>), as
    /// <c>water</c> does; the others run on any <see cref="IObjective"/>, plain functions included.
    /// </summary>
    public static bool RequiresTerrain(IDescentMethod method) => method is Water.WaterFlowDescent;

    /// <summary>Finds a method by name (case-insensitive); false when there is none.</summary>
    public static bool TryGet(string name, out IDescentMethod method)
    {
        method = s_all.FirstOrDefault(m => string.Equals(m.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return method is not null;
    }

    /// <summary>
    /// Parses a comma-separated list of method names ("both" = hill-walker and momentum, "all" = every method).
    /// Returns null and a one-line error on an unknown name.
    /// </summary>
    public static IReadOnlyList<IDescentMethod>? Parse(string list, out string? error)
    {
        error = null;
        var result = new List<IDescentMethod>();
        foreach (var raw in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw.Equals("both", StringComparison.OrdinalIgnoreCase))
            {
                result.AddRange(s_all.Where(m => m.Name is HillWalkerDescent.MethodName or MomentumDescent.MethodName));
            }
            else if (raw.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                result.AddRange(s_all);
            }
            else if (TryGet(raw, out var method))
            {
                result.Add(method);
            }
            else
            {
                error = $"unknown method '{raw}'; choose from {string.Join(", ", Names)}, both or all";
                return null;
            }
        }

        if (result.Count == 0)
        {
            error = "no method given";
            return null;
        }

        return result.Distinct().ToList();
    }
}
