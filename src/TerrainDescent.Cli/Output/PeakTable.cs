using Spectre.Console;
using static System.FormattableString;

namespace TerrainDescent.Cli.Output;

/// <summary>The table of the most prominent peaks printed by <c>peaks</c>.</summary>
public static class PeakTable
{
    /// <summary>One row per peak, in the order given: id, position, elevation, prominence, key col, boundary flag.</summary>
    public static Table Create(IEnumerable<FoundPeak> peaks)
    {
        var table = new Table()
            .AddColumn("id")
            .AddColumn("tile")
            .AddColumn(new TableColumn("lat").RightAligned())
            .AddColumn(new TableColumn("lon").RightAligned())
            .AddColumn(new TableColumn("elev m").RightAligned())
            .AddColumn(new TableColumn("prominence m").RightAligned())
            .AddColumn(new TableColumn("col m").RightAligned())
            .AddColumn("at boundary");
        foreach (var found in peaks)
        {
            table.AddRow(
                Markup.Escape(found.Id),
                Markup.Escape(found.Source),
                Invariant($"{found.Latitude:F5}"),
                Invariant($"{found.Longitude:F5}"),
                Invariant($"{found.Peak.ElevationMetres:F0}"),
                Invariant($"{found.Peak.ProminenceMetres:F0}"),
                Invariant($"{found.Peak.ColElevationMetres:F0}"),
                found.Peak.AtBoundary ? "yes" : "");
        }

        return table;
    }
}
