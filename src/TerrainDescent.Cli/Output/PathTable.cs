using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using static System.FormattableString;

namespace TerrainDescent.Cli.Output;

/// <summary>The per-path summary table printed by <c>descend</c>.</summary>
public static class PathTable
{
    /// <summary>
    /// One row per path: end position and elevation, reason, steps, ground length, drop, and the ascent and descent
    /// counted beyond <see cref="ClimbTotals.DefaultThresholdMetres"/>. At 80 columns the measures stack under the
    /// end positions (see <see cref="TextTable"/>).
    /// </summary>
    public static TextTable Create(IEnumerable<TerrainPath> paths, Func<double, double, (double Lon, double Lat)> toLonLat)
    {
        var table = new TextTable(
            ("method", false),
            ("end lat", true),
            ("end lon", true),
            ("elev m", true),
            ("reason", false),
            ("steps", true),
            ("length m", true),
            ("drop m", true),
            (Invariant($"ascent m\n(>{ClimbTotals.DefaultThresholdMetres:0.#} m)"), true),
            ("descent m", true));
        foreach (var path in paths)
        {
            var (lon, lat) = toLonLat(path.End.X, path.End.Y);
            var climb = ClimbTotals.Of(path);
            table.AddRow(
                path.Method,
                Invariant($"{lat:F5}"),
                Invariant($"{lon:F5}"),
                Invariant($"{path.End.ElevationMetres:F1}"),
                path.Reason.ToName(),
                Invariant($"{path.Steps}"),
                Invariant($"{path.GroundLengthMetres:F0}"),
                Invariant($"{path.DropMetres:F1}"),
                Invariant($"{climb.AscentMetres:F1}"),
                Invariant($"{climb.DescentMetres:F1}"));
        }

        return table;
    }
}
