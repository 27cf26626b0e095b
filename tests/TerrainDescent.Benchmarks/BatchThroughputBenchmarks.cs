using BenchmarkDotNet.Attributes;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Benchmarks;

/// <summary>
/// Batch throughput on one SRTM1 tile, loaded and its slopes computed once: both methods from each of
/// <see cref="StartCount"/> starts on every core. Each operation is one descent, so descents per second = 1 s / Mean.
/// The starts are the ones <c>scripts/compare-peers.sh</c> uses: a 60 × 60 grid over the land of N48W125
/// (lat 48.02..48.40, lon −124.70..−124.02) keeping samples at 50 m or higher, thinned evenly.
/// </summary>
public class BatchThroughputBenchmarks
{
    /// <summary>Starts per batch.</summary>
    public const int StartCount = 1000;

    private BatchRunner _runner = null!;
    private BatchStart[] _starts = [];
    private IReadOnlyList<IDescentMethod> _methods = [];

    [GlobalSetup]
    public void Setup()
    {
        var grid = RasterReader.Load(TestData.Tile("srtm1/N48W125.hgt")).Grid;
        var surface = new TerrainSurface(grid);
        _runner = new BatchRunner(new TerrainDescender(surface));
        _methods = DescentMethods.Parse("both", out _)!;
        _starts = LandGrid(grid, StartCount);
    }

    [Benchmark(OperationsPerInvoke = 2 * StartCount)]
    public int DescendBothMethodsFromEveryStart() => _runner.Run(_starts, _methods).Outcomes.Count;

    private static BatchStart[] LandGrid(ElevationGrid grid, int count)
    {
        var land = new List<(double Lat, double Lon)>();
        for (var i = 0; i < 60; i++)
        {
            var lat = 48.02 + 0.38 * i / 59;
            for (var j = 0; j < 60; j++)
            {
                var lon = -124.70 + 0.68 * j / 59;
                var elevation = grid[(int)Math.Round(grid.VOf(lat)), (int)Math.Round(grid.UOf(lon))];
                if (elevation >= 50)
                {
                    land.Add((lat, lon));
                }
            }
        }

        return Enumerable.Range(0, count)
            .Select(k => land[(int)((long)k * land.Count / count)])
            .Select((p, k) => new BatchStart($"s{k + 1}", p.Lon, p.Lat))
            .ToArray();
    }
}
