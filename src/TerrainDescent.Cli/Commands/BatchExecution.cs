using System.Diagnostics;
using TerrainDescent.Cli.Input;
using TerrainDescent.Cli.Output;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Peaks;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.GeoJson;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// Runs a batch one cluster of touching tiles at a time: load the cluster's mosaic, build its surface (slopes
/// computed once), find or place its starts, descend from all of them in parallel, keep the paths, drop the grid.
/// Only one cluster's samples are in memory at once, and a cluster no listed start lies in is never read.
/// </summary>
internal sealed class BatchExecution(BatchRequest request, IReadOnlyList<TileCluster> clusters)
{
    private readonly BatchCollector _collector = new(request.Methods, request.Batch.Descent, request.SimplifyMetres);
    private int _descents;

    /// <summary>Runs from <paramref name="entries"/> (null: the summits of each cluster); returns the result and its features.</summary>
    public (BatchResult Result, IReadOnlyList<GeoJsonFeature> Features) Run(IReadOnlyList<PeakEntry>? entries)
    {
        var clock = Stopwatch.StartNew();
        var assignment = entries is null ? null : StartAssignment.Assign(entries, clusters);
        if (entries is not null)
        {
            foreach (var entry in entries)
            {
                _collector.AddStart(new BatchStart(entry.Id, entry.Longitude, entry.Latitude));
            }
        }

        for (var k = 0; k < clusters.Count; k++)
        {
            var indices = assignment is null ? null : Enumerable.Range(0, assignment.Length).Where(i => assignment[i] == k).ToList();
            if (indices is { Count: 0 })
            {
                continue;
            }

            RunCluster(k, indices);
        }

        for (var i = 0; assignment is not null && i < assignment.Length; i++)
        {
            if (assignment[i] < 0)
            {
                var entry = entries![i];
                _collector.AddOffEveryRaster(i, Invariant($"start lat {entry.Latitude:F5}, lon {entry.Longitude:F5} is outside every raster given"));
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(Invariant($"ran {_descents} descent(s) in {seconds:F2} s, {_descents / Math.Max(seconds, 1e-9):F0} descents/s including loading, on {request.Batch.MaxDegreeOfParallelism} thread(s)"));
        return (_collector.Result(), _collector.Features().ToList());
    }

    private void RunCluster(int k, List<int>? indices)
    {
        var cluster = clusters[k];
        var raster = MosaicBuilder.Load(cluster);
        using var transformer = Wgs84Transformer.For(raster);
        var descender = new TerrainDescender(new TerrainSurface(raster.Grid));
        var globalIndices = new List<int>();
        var starts = new List<BatchStart>();
        if (indices is null)
        {
            foreach (var peak in new PeakFinder(request.Peaks).Find(raster.Grid))
            {
                // Start where the peaks file would put it (lon/lat to 7 decimals, about 1 cm), so that
                // `batch --peaks auto` and `batch --peaks` on the output of `peaks` run the same descents.
                var id = PeakOptionSet.PeakId(_collector.Starts.Count + 1);
                var (lon, lat) = transformer.ToLonLat(peak.X, peak.Y);
                (lon, lat) = (Math.Round(lon, GeoJsonWriter.CoordinateDecimals), Math.Round(lat, GeoJsonWriter.CoordinateDecimals));
                var (x, y) = transformer.FromLonLat(lon, lat);
                globalIndices.Add(_collector.AddStart(new BatchStart(id, lon, lat)));
                starts.Add(new BatchStart(id, x, y));
            }
        }
        else
        {
            foreach (var i in indices)
            {
                var start = _collector.Starts[i];
                var (x, y) = transformer.FromLonLat(start.X, start.Y);
                globalIndices.Add(i);
                starts.Add(start with { X = x, Y = y });
            }
        }

        var total = starts.Count * request.Methods.Count;
        Console.WriteLine(Invariant($"cluster {k + 1}/{clusters.Count} {cluster.Name}: {raster.Grid.Width} × {raster.Grid.Height} samples, {starts.Count} start(s) × {request.Methods.Count} method(s)"));
        var runner = new BatchRunner(descender, request.Batch);
        var part = ProgressDisplay.Run(cluster.Name, total, progress => runner.Run(starts, request.Methods, progress));
        _collector.AddPart(part, globalIndices, transformer.ToLonLat, raster.Grid.Kind == CoordinateKind.Geographic, request.Batch.MaxDegreeOfParallelism);
        _descents += total;
    }
}
