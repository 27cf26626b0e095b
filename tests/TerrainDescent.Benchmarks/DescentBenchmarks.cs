using BenchmarkDotNet.Attributes;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Benchmarks;

/// <summary>One descent path from Mt Leinster on N52W007 with default parameters, per method.</summary>
public class DescentBenchmarks
{
    private TerrainDescender _descender = null!;

    [Params(HillWalkerDescent.MethodName, MomentumDescent.MethodName)]
    public string Method { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _descender = new TerrainDescender(new TerrainSurface(RasterReader.Load(TestData.N52W007).Grid));

    [Benchmark]
    public TerrainPath DescendFromMtLeinster()
    {
        DescentMethods.TryGet(Method, out var method);
        return _descender.Descend(method, -6.7797, 52.6175, new DescentOptions());
    }
}
