using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Rendering;

/// <summary>Chooses what a picture shows when the user gave no box: the paths, with room around them.</summary>
public static class ViewFit
{
    /// <summary>Room left on every side of the paths, as a share of their larger ground side.</summary>
    public const double MarginFraction = 0.15;

    /// <summary>The least ground span shown each way, metres, so a short path is not a blow-up of a few cells.</summary>
    public const double MinimumSpanMetres = 2000;

    /// <summary>The extent of every vertex of <paramref name="paths"/> (at least one), widened by the margin.</summary>
    public static CrsExtent AroundPaths(IReadOnlyList<TerrainPath> paths, CoordinateKind kind) =>
        CrsExtent.Around(paths.SelectMany(p => p.Vertices).Select(v => (v.X, v.Y))).WithMargin(MarginFraction, MinimumSpanMetres, kind);
}
