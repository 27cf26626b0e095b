using BenchmarkDotNet.Attributes;
using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Benchmarks;

/// <summary>
/// The full-grid gradient of a 3601² float32 grid against a memory-bound loop that touches the same bytes
/// (reads the grid once, writes two grids of the same size, single-threaded as a plain loop is). Target: within
/// 2× of the loop. <see cref="FullGridGradientInto"/> writes preallocated arrays, as the loop does;
/// <see cref="FullGridGradient"/> also allocates (and page-faults) its two 52 MB arrays.
/// </summary>
public class GradientFieldBenchmarks
{
    private ElevationGrid _grid = null!;
    private float[] _east = [];
    private float[] _north = [];

    [GlobalSetup]
    public void Setup()
    {
        _grid = SyntheticGrids.Geographic(3601, -7.0, 52.0, 1.0, (lon, lat) => 500 * Math.Sin(40 * lon) * Math.Cos(30 * lat));
        _east = new float[3601 * 3601];
        _north = new float[3601 * 3601];
    }

    [Benchmark(Baseline = true)]
    public float MemoryBoundLoop()
    {
        var z = _grid.Elevations;
        for (var i = 0; i < z.Length; i++)
        {
            _east[i] = z[i] * 0.5f;
            _north[i] = z[i] * 0.25f;
        }

        return _east[^1];
    }

    [Benchmark]
    public float FullGridGradientInto()
    {
        GradientField.ComputeInto(_grid, _east, _north);
        return _east[^1];
    }

    [Benchmark]
    public GradientField FullGridGradient() => GradientField.Compute(_grid);
}
