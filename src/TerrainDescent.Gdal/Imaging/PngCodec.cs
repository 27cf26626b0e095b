using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal.Imaging;

/// <summary>Encodes and decodes PNG through GDAL's PNG driver, entirely in memory. Thread-safe.</summary>
public static class PngCodec
{
    /// <summary>The PNG bytes of <paramref name="image"/> (RGBA, 8 bits per channel).</summary>
    public static byte[] Encode(RgbaImage image)
    {
        GdalLibrary.EnsureInitialised();
        var memory = GdalNative.GDALGetDriverByName("MEM");
        var png = GdalNative.GDALGetDriverByName("PNG");
        if (memory == IntPtr.Zero || png == IntPtr.Zero)
        {
            throw new GdalException("GDAL has no MEM or PNG driver");
        }

        var source = GdalNative.GDALCreate(memory, "", image.Width, image.Height, 4, GdalNative.GDT_Byte, IntPtr.Zero);
        var path = MemoryFile.NewPath(".png");
        try
        {
            RasterBands.WriteInterleaved(source, image.Pixels, image.Width, image.Height, 4);
            var copy = GdalNative.GDALCreateCopy(png, path, source, 0, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
            if (copy == IntPtr.Zero)
            {
                throw new GdalException($"cannot encode PNG: {GdalNative.LastError()}");
            }

            GdalNative.GDALClose(copy);
            return MemoryFile.Read(path);
        }
        finally
        {
            GdalNative.GDALClose(source);
            MemoryFile.Delete(path);
        }
    }

    /// <summary>
    /// Decodes PNG bytes into RGBA: grey and grey-alpha images are expanded, RGB gets an opaque alpha.
    /// Throws <see cref="GdalException"/> when the bytes are not an image GDAL reads.
    /// </summary>
    public static RgbaImage Decode(byte[] bytes)
    {
        GdalLibrary.EnsureInitialised();
        var path = MemoryFile.NewPath(".png");
        MemoryFile.Write(path, bytes);
        try
        {
            var dataset = GdalNative.GDALOpenEx(path, GdalNative.GDAL_OF_RASTER | GdalNative.GDAL_OF_READONLY, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
            if (dataset == IntPtr.Zero)
            {
                throw new GdalException($"not a readable image: {GdalNative.LastError()}");
            }

            try
            {
                var width = GdalNative.GDALGetRasterXSize(dataset);
                var height = GdalNative.GDALGetRasterYSize(dataset);
                var bands = GdalNative.GDALGetRasterCount(dataset);
                var pixels = RasterBands.ReadInterleavedRgba(dataset, bands, width, height, width, height);
                return new RgbaImage(width, height, pixels);
            }
            finally
            {
                GdalNative.GDALClose(dataset);
            }
        }
        finally
        {
            MemoryFile.Delete(path);
        }
    }
}
