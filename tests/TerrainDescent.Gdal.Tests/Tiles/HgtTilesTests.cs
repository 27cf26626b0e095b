using TerrainDescent.Gdal.Native;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Gdal.Tests.Tiles;

/// <summary>The direct .hgt reader against GDAL's SRTMHGT driver, which it stands in for.</summary>
[Trait("Category", "Gdal")]
public sealed class HgtTilesTests
{
    public static TheoryData<string> SharedTiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestData.SrtmFolder, "*.hgt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestData.SrtmFolder, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SharedTiles))]
    public void Describe_And_Read_GiveGdalsDescriptionAndSamplesBitForBit(string relative)
    {
        var path = TestData.Tile(relative);

        var direct = HgtTiles.TryDescribe(path);

        Assert.NotNull(direct);
        Assert.True(direct.ReadsDirectly);
        GdalLibrary.EnsureInitialised();
        using var dataset = RasterReader.Open(path, path);
        var (width, height, transform, wkt, kind) = RasterReader.Describe(dataset, path);
        Assert.Equal((width, height, transform, wkt, kind), (direct.Width, direct.Height, direct.Transform, direct.CrsWkt, direct.Kind));
        var expected = RasterReader.ReadSamples(path, path, width, height);
        var actual = HgtTiles.Read(direct.GdalPath, path, direct.Width, direct.Height);
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (BitConverter.SingleToInt32Bits(expected[i]) != BitConverter.SingleToInt32Bits(actual[i]))
            {
                Assert.Fail($"sample {i} (row {i / width}, column {i % width}): GDAL {expected[i]}, direct {actual[i]}");
            }
        }
    }

    [Fact]
    public void Read_TileWithVoids_MarksThemNaNWhereGdalDoes()
    {
        // A copy of N52W007 with a block of −32768 written over it, so the void rule is exercised on real bytes.
        InTempFolder(folder =>
        {
            var path = Path.Combine(folder, "N52W007.hgt");
            var bytes = File.ReadAllBytes(TestData.N52W007);
            for (var row = 500; row < 520; row++)
            {
                for (var column = 600; column < 633; column++)
                {
                    (bytes[2 * (row * 1201 + column)], bytes[2 * (row * 1201 + column) + 1]) = (0x80, 0x00);
                }
            }

            File.WriteAllBytes(path, bytes);
            var expected = RasterReader.ReadSamples(path, path, 1201, 1201);
            var actual = HgtTiles.Read(path, path, 1201, 1201);

            Assert.Equal(20 * 33, actual.Count(float.IsNaN));
            Assert.Equal(expected.Select(float.IsNaN), actual.Select(float.IsNaN));
            Assert.Equal(expected.Where(v => !float.IsNaN(v)), actual.Where(v => !float.IsNaN(v)));
        });
    }

    [Theory]
    [InlineData("mt-leinster.hgt")]
    [InlineData("N52W007.hgt.bak")]
    [InlineData("N52W07.hgt")]
    public void TryDescribe_FileWithoutAnSrtmName_IsLeftToGdal(string name)
    {
        InTempFolder(folder =>
        {
            var path = Path.Combine(folder, name);
            File.Copy(TestData.N52W007, path);

            Assert.Null(HgtTiles.TryDescribe(path));
        });
    }

    [Fact]
    public void TryDescribe_TruncatedTile_IsLeftToGdalsSizeCheck()
    {
        InTempFolder(folder =>
        {
            var path = Path.Combine(folder, "N52W007.hgt");
            File.WriteAllBytes(path, File.ReadAllBytes(TestData.N52W007)[..1000]);

            Assert.Null(HgtTiles.TryDescribe(path));
            var problem = Assert.Throws<GdalException>(() => TileCatalog.Read([path]));
            Assert.Contains("1,000 bytes", problem.Message);
        });
    }

    [Fact]
    public void Read_TileThatShrankSinceCatalogued_FailsWithAClearMessage()
    {
        InTempFolder(folder =>
        {
            var path = Path.Combine(folder, "N52W007.hgt");
            File.Copy(TestData.N52W007, path);
            var tile = Assert.IsType<TileInfo>(HgtTiles.TryDescribe(path));
            File.WriteAllBytes(path, new byte[10]);

            var problem = Assert.Throws<GdalException>(() => HgtTiles.Read(tile.GdalPath, path, tile.Width, tile.Height));
            Assert.Contains("changed size since it was catalogued", problem.Message);
        });
    }

    /// <summary>Runs <paramref name="test"/> in a fresh temporary folder and deletes the folder afterwards.</summary>
    private static void InTempFolder(Action<string> test)
    {
        var folder = TestData.NewTempFolder();
        try
        {
            test(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
