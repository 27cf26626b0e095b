using ScottPlot;

namespace TerrainDescent.Cli.Output;

/// <summary>One fixed, distinct colour per descent method, the same in every optimize plot.</summary>
public static class MethodColours
{
    private static readonly Dictionary<string, Color> s_colours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hill-walker"] = Color.FromHex("#e6194b"),
        ["momentum"] = Color.FromHex("#f58231"),
        ["nesterov"] = Color.FromHex("#911eb4"),
        ["adagrad"] = Color.FromHex("#9a6324"),
        ["rmsprop"] = Color.FromHex("#3cb44b"),
        ["adam"] = Color.FromHex("#4363d8"),
        ["exact-line-search"] = Color.FromHex("#000000"),
        ["armijo"] = Color.FromHex("#42d4f4"),
    };

    /// <summary>The colour of <paramref name="methodName"/>; grey for a method without one.</summary>
    public static Color For(string methodName) => s_colours.TryGetValue(methodName, out var colour) ? colour : Colors.Gray;
}
