using TerrainDescent.Gdal.Imaging;

namespace TerrainDescent.Gdal.Tests.Imaging;

/// <summary>PNG through GDAL's driver, in memory, and polygon rasterisation in pixel coordinates.</summary>
[Trait("Category", "Gdal")]
public sealed class PngCodecTests
{
    [Fact]
    public void EncodeThenDecode_ReturnsTheSamePixels()
    {
        var image = new RgbaImage(7, 5);
        image.Blend(3, 2, 200, 10, 20, 255);
        image.Blend(6, 4, 0, 0, 255, 128);

        var decoded = PngCodec.Decode(PngCodec.Encode(image));

        Assert.Equal(image.Pixels, decoded.Pixels);
    }

    [Fact]
    public void Decode_NotAnImage_FailsWithGdalException()
    {
        Assert.Throws<GdalException>(() => PngCodec.Decode("not a png"u8.ToArray()));
    }

    [Fact]
    public void Rasterise_Square_MarksThePixelsWhoseCentresAreInside()
    {
        var mask = PolygonMask.Rasterise(10, 10, ["POLYGON ((2 3, 6 3, 6 5, 2 5, 2 3))"]);

        Assert.Equal(4 * 2, mask.Count(m => m == 255));
        Assert.Equal(255, mask[3 * 10 + 2]);
        Assert.Equal(0, mask[5 * 10 + 2]);
    }
}
