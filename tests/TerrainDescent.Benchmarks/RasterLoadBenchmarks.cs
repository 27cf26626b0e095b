using BenchmarkDotNet.Attributes;
using TerrainDescent.Gdal;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Benchmarks;

/// <summary>
/// Loading a tile into an elevation grid against GDAL's own band read of the same file into a float32 buffer
/// (open, RasterIO, close). Target: within 1.2× of the baseline.
/// </summary>
public class RasterLoadBenchmarks
{
    [Params("srtm3/N52W007.hgt", "srtm1/S46W066.hgt")]
    public string Tile { get; set; } = "";

    [Benchmark(Baseline = true)]
    public float[] GdalBandRead() => RawGdalRead.ReadBand(TestData.Tile(Tile));

    [Benchmark]
    public object LoadElevationGrid() => RasterReader.Load(TestData.Tile(Tile)).Grid;
}
