using TerrainDescent.Application.Inputs;
using TerrainDescent.Application.Peaks;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Peaks;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.GeoJson;
using static System.FormattableString;

namespace TerrainDescent.Application.Batches;

/// <summary>The starts of a batch, the same on one machine, on every shard and on a cluster's client.</summary>
public static class BatchStarts
{
    /// <summary>
    /// <paramref name="entries"/> in order, or (null) the summits of <paramref name="terrain"/> that
    /// <paramref name="peaks"/> selects, placed where the peaks file would put them (lon/lat to 7 decimals, about
    /// 1 cm), so that <c>batch --peaks auto</c> and <c>batch --peaks</c> on the output of <c>peaks</c> run the same
    /// descents. The peak search reports each group of tiles it searched to <paramref name="view"/>.
    /// </summary>
    public static IReadOnlyList<BatchStart> Of(IReadOnlyList<PeakEntry>? entries, TiledTerrain terrain, PeakOptions peaks, IBatchView view)
    {
        if (entries is not null)
        {
            return entries.Select(e => new BatchStart(e.Id, e.Longitude, e.Latitude)).ToArray();
        }

        return TerrainPeaks.Find(terrain, peaks, (name, width, height, count) => view.Report(Invariant($"{name}: {width} × {height} samples, {count} peak(s)")))
            .Select(p => new BatchStart(p.Id, Math.Round(p.Longitude, GeoJsonWriter.CoordinateDecimals), Math.Round(p.Latitude, GeoJsonWriter.CoordinateDecimals)))
            .ToArray();
    }
}
