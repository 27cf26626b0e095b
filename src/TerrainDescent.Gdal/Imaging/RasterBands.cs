using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal.Imaging;

/// <summary>Moves 8-bit pixels between GDAL's one-plane-per-band datasets and interleaved RGBA arrays.</summary>
internal static class RasterBands
{
    /// <summary>Writes interleaved pixels of <paramref name="channels"/> bytes each into bands 1..channels.</summary>
    public static void WriteInterleaved(IntPtr dataset, byte[] pixels, int width, int height, int channels)
    {
        var plane = new byte[width * height];
        for (var band = 0; band < channels; band++)
        {
            for (var i = 0; i < plane.Length; i++)
            {
                plane[i] = pixels[i * channels + band];
            }

            var handle = GdalNative.GDALGetRasterBand(dataset, band + 1);
            if (GdalNative.GDALRasterIOBytes(handle, GdalNative.GF_Write, 0, 0, width, height, plane, width, height, GdalNative.GDT_Byte, 0, 0) != 0)
            {
                throw new GdalException($"cannot write band {band + 1}: {GdalNative.LastError()}");
            }
        }
    }

    /// <summary>
    /// Reads the whole dataset, resampled (nearest) to <paramref name="outWidth"/> × <paramref name="outHeight"/>,
    /// as interleaved RGBA: 1 band is grey, 2 grey + alpha, 3 RGB (opaque), 4 or more RGBA.
    /// </summary>
    public static byte[] ReadInterleavedRgba(IntPtr dataset, int bandCount, int width, int height, int outWidth, int outHeight)
    {
        var count = outWidth * outHeight;
        var planes = new byte[Math.Min(bandCount, 4)][];
        for (var band = 0; band < planes.Length; band++)
        {
            planes[band] = new byte[count];
            var handle = GdalNative.GDALGetRasterBand(dataset, band + 1);
            if (GdalNative.GDALRasterIOBytes(handle, GdalNative.GF_Read, 0, 0, width, height, planes[band], outWidth, outHeight, GdalNative.GDT_Byte, 0, 0) != 0)
            {
                throw new GdalException($"cannot read band {band + 1}: {GdalNative.LastError()}");
            }
        }

        var grey = planes.Length <= 2;
        var alpha = planes.Length is 2 or 4 ? planes[^1] : null;
        var pixels = new byte[count * 4];
        for (var i = 0; i < count; i++)
        {
            pixels[i * 4] = planes[0][i];
            pixels[i * 4 + 1] = grey ? planes[0][i] : planes[1][i];
            pixels[i * 4 + 2] = grey ? planes[0][i] : planes[2][i];
            pixels[i * 4 + 3] = alpha is null ? (byte)255 : alpha[i];
        }

        return pixels;
    }
}
