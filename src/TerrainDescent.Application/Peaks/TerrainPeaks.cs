using TerrainDescent.Core.Peaks;
using TerrainDescent.Gdal.Tiles;

namespace TerrainDescent.Application.Peaks;

/// <summary>The summits of a tiled terrain (<see cref="TerrainPeakSearch"/>), numbered for the command line's output.</summary>
public static class TerrainPeaks
{
    /// <summary>
    /// Finds the peaks, numbering them from <c>peak-1</c>, and reports each group found with
    /// <paramref name="onGroup"/> (its name, size and peak count).
    /// </summary>
    public static IReadOnlyList<FoundPeak> Find(TiledTerrain terrain, PeakOptions options, Action<string, int, int, int>? onGroup = null) =>
        TerrainPeakSearch.Find(terrain, options, onGroup)
            .Select((p, i) => new FoundPeak(PeakId(i + 1), p.Peak, p.Latitude, p.Longitude, p.Source, p.Layer))
            .ToList();

    /// <summary>The id of the <paramref name="ordinal"/>-th peak found (1-based), in cluster order then prominence order.</summary>
    public static string PeakId(int ordinal) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"peak-{ordinal}");
}
