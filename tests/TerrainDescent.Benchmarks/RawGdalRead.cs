using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Benchmarks;

/// <summary>The baseline: GDAL's band read of a whole raster into float32, with nothing around it.</summary>
internal static class RawGdalRead
{
    public static float[] ReadBand(string path)
    {
        GdalLibrary.EnsureInitialised();
        var dataset = GdalNative.GDALOpenEx(path, GdalNative.GDAL_OF_RASTER, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
        try
        {
            var width = GdalNative.GDALGetRasterXSize(dataset);
            var height = GdalNative.GDALGetRasterYSize(dataset);
            var buffer = new float[width * height];
            GdalNative.GDALRasterIO(GdalNative.GDALGetRasterBand(dataset, 1), GdalNative.GF_Read, 0, 0, width, height, buffer, width, height, GdalNative.GDT_Float32, 0, 0);
            return buffer;
        }
        finally
        {
            GdalNative.GDALClose(dataset);
        }
    }
}
