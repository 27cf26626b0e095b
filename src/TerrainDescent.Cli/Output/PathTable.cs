using Spectre.Console;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using static System.FormattableString;

namespace TerrainDescent.Cli.Output;

/// <summary>The per-path summary table printed by <c>descend</c>.</summary>
public static class PathTable
{
    /// <summary>One row per path: end position and elevation, reason, steps, ground length, drop, and the ascent and
    /// descent counted beyond <see cref="ClimbTotals.DefaultThresholdMetres"/>.</summary>
    public static Table Create(IEnumerable<TerrainPath> paths, Func<double, double, (double Lon, double Lat)> toLonLat)
    {
        var table = new Table()
            .AddColumn("method")
            .AddColumn(new TableColumn("end lat").RightAligned())
            .AddColumn(new TableColumn("end lon").RightAligned())
            .AddColumn(new TableColumn("end elev m").RightAligned())
            .AddColumn("end reason")
            .AddColumn(new TableColumn("steps").RightAligned())
            .AddColumn(new TableColumn("length m").RightAligned())
            .AddColumn(new TableColumn("drop m").RightAligned())
            .AddColumn(new TableColumn(Invariant($"ascent m (>{ClimbTotals.DefaultThresholdMetres:0.#} m)")).RightAligned())
            .AddColumn(new TableColumn("descent m").RightAligned());
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
