using BenchmarkDotNet.Attributes;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal;
using TerrainDescent.GeoJson;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Benchmarks;

/// <summary>
/// The path → GeoJSON stage of a batch: 200 starts × 2 methods on SRTM1 N48W125, each path simplified at the batch
/// default of 1 m and written, as `batch` writes them, to a discarding stream; and the Douglas–Peucker part alone.
/// </summary>
public class PathWriterBenchmarks
{
    private const int StartCount = 200;
    private readonly List<TerrainPath> _paths = [];
    private readonly List<(double[] Longitudes, double[] Latitudes)> _positions = [];

    [GlobalSetup]
    public void Setup()
    {
        var grid = RasterReader.Load(TestData.Tile("srtm1/N48W125.hgt")).Grid;
        var descender = new TerrainDescender(new TerrainSurface(grid));
        var methods = DescentMethods.Parse("both", out _)!;
        for (var k = 0; _paths.Count < 2 * StartCount; k++)
        {
            var (lat, lon) = (48.02 + 0.38 * (k % 20) / 19, -124.70 + 0.68 * (k / 20 % 20) / 19);
            if (!(grid[(int)Math.Round(grid.VOf(lat)), (int)Math.Round(grid.UOf(lon))] >= 50))
            {
                continue;
            }

            _paths.AddRange(methods.Select(m => descender.Descend(m, lon, lat, new DescentOptions())));
        }

        _positions.AddRange(_paths.Select(p => (p.Vertices.Select(v => v.X).ToArray(), p.Vertices.Select(v => v.Y).ToArray())));
    }

    [Benchmark]
    public int Simplify()
    {
        var kept = 0;
        foreach (var (longitudes, latitudes) in _positions)
        {
            kept += PathSimplifier.KeptIndices(longitudes, latitudes, 1.0).Count;
        }

        return kept;
    }

    [Benchmark]
    public int SimplifyAndWrite()
    {
        using var writer = new GeoJsonStreamWriter(Stream.Null, "terrain-descent batch");
        foreach (var path in _paths)
        {
            writer.Write(PathFeatures.Create(path, static (x, y) => (x, y), "s", null, 1.0));
        }

        writer.Finish();
        return writer.Count;
    }
}
