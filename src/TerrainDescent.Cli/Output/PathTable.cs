using Spectre.Console;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using static System.FormattableString;

namespace TerrainDescent.Cli.Output;

/// <summary>The per-path summary table printed by <c>descend</c>.</summary>
public static class PathTable
{
    /// <summary>
    /// One row per path: end position and elevation, reason, steps, ground length, drop, and the ascent and descent
    /// counted beyond <see cref="ClimbTotals.DefaultThresholdMetres"/>. Short headers and a borderless layout keep
    /// rows as narrow as the columns allow.
    /// </summary>
    public static Table Create(IEnumerable<TerrainPath> paths, Func<double, double, (double Lon, double Lat)> toLonLat)
    {
        var table = new Table()
            .Border(TableBorder.None)
            .AddColumn("method")
            .AddColumn(new TableColumn("end lat").RightAligned())
            .AddColumn(new TableColumn("end lon").RightAligned())
            .AddColumn(new TableColumn("elev m").RightAligned())
            .AddColumn("reason")
            .AddColumn(new TableColumn("steps").RightAligned())
            .AddColumn(new TableColumn("length m").RightAligned())
            .AddColumn(new TableColumn("drop m").RightAligned())
            .AddColumn(new TableColumn(Invariant($"ascent m (>{ClimbTotals.DefaultThresholdMetres:0.#} m)")).RightAligned())
            .AddColumn(new TableColumn("descent m").RightAligned());
        foreach (var column in table.Columns)
        {
            column.Padding(0, 0, 2, 0);
        }

        // The position reads as one pair; the method column is padded by its longest name already.
        table.Columns[0].Padding(0, 0, 1, 0);
        table.Columns[1].Padding(0, 0, 1, 0);
        table.Columns[^1].Padding(0, 0, 0, 0);
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
