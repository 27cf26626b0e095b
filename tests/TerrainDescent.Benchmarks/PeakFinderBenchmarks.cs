using BenchmarkDotNet.Attributes;
using TerrainDescent.Core.Peaks;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Benchmarks;

/// <summary>Peak finding with prominence on SRTM1-sized grids: a rugged synthetic grid and two real tiles.</summary>
public class PeakFinderBenchmarks
{
    private ElevationGrid _grid = null!;

    [Params("rugged-3601", "srtm1/N48W125.hgt", "srtm1/S46W066.hgt")]
    public string Grid { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _grid = Grid.StartsWith("rugged", StringComparison.Ordinal)
        ? RuggedGrids.Create()
        : RasterReader.Load(TestData.Tile(Grid)).Grid;

    [Benchmark]
    public int FindPeaks() => new PeakFinder().Find(_grid).Count;
}
