using TerrainDescent.Application.Peaks;
using static System.FormattableString;

namespace TerrainDescent.Cli.Output;

/// <summary>The table of the most prominent peaks printed by <c>peaks</c>.</summary>
public static class PeakTable
{
    /// <summary>
    /// One row per peak, in the order given: id, tile, position, elevation, prominence, key col and a mark for a
    /// top on the edge of the data; at 80 columns the heights stack under the positions (see <see cref="TextTable"/>).
    /// </summary>
    public static TextTable Create(IEnumerable<FoundPeak> peaks)
    {
        var table = new TextTable(
            ("id", false),
            ("tile", false),
            ("lat", true),
            ("lon", true),
            ("elev m", true),
            ("prominence m", true),
            ("col m", true),
            ("at boundary", false));
        foreach (var found in peaks)
        {
            table.AddRow(
                found.Id,
                found.Source,
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
