using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using TerrainDescent.Core.Terrain.Tiles;
using TerrainDescent.Gdal;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.TestSupport;
using TerrainDescent.Web;
using TerrainDescent.Web.Api;

namespace TerrainDescent.Benchmarks;

/// <summary>
/// The map server's work for one click on an SRTM1 tile that is already loaded: parse and validate the query,
/// descend with hill-walker and momentum from the tile's highest sample, and write the page's JSON (everything
/// between the request arriving and the answer leaving, less the socket). Target: under 20 ms.
/// </summary>
public class ClickToPathBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private TerrainScene _scene = null!;
    private DescentService _service = null!;
    private QueryCollection _query = null!;

    [Params("srtm1/N48W125.hgt", "srtm1/S46W066.hgt")]
    public string Tile { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _scene = new TerrainScene(TiledTerrain.Open(TileCatalog.Read([TestData.Tile(Tile)]), TileCache.OfMegabytes(256)));
        _service = new DescentService(_scene);
        var grid = RasterReader.Load(TestData.Tile(Tile)).Grid;
        var highest = -1;
        for (var i = 0; i < grid.Elevations.Length; i++)
        {
            var z = grid.Elevations[i];
            if (!float.IsNaN(z) && (highest < 0 || z > grid.Elevations[highest]))
            {
                highest = i;
            }
        }

        var lat = grid.YOf(highest / grid.Width).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var lon = grid.XOf(highest % grid.Width).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        _query = new QueryCollection(new Dictionary<string, StringValues>
        {
            ["lat"] = lat,
            ["lon"] = lon,
            ["methods"] = "hill-walker,momentum",
        });
    }

    [Benchmark]
    public int ClickToBothPaths()
    {
        var outcome = _service.Run(DescentQuery.Parse(_query));
        _buffer.ResetWrittenCount();
        using var json = new Utf8JsonWriter(_buffer);
        DescentJson.Write(json, outcome, outcome.Descender, _scene.Composition);
        json.Flush();
        return _buffer.WrittenCount;
    }
}
