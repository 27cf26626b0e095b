using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Benchmarks;

/// <summary>The baseline: GDAL's band read of a whole raster into float32, with nothing around it.</summary>
internal static class RawGdalRead
{
    public static float[] ReadBand(string path)
    {
        GdalLibrary.EnsureInitialised();
        using var dataset = GdalNative.GDALOpenEx(path, GdalNative.GDAL_OF_RASTER, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
        if (dataset.IsInvalid)
        {
            throw new InvalidOperationException($"cannot open {path}: {GdalNative.LastError()}");
        }

        var width = GdalNative.GDALGetRasterXSize(dataset);
        var height = GdalNative.GDALGetRasterYSize(dataset);
        var buffer = new float[width * height];
        using var band = dataset.Band(1);
        if (GdalNative.GDALRasterIO(band, GdalNative.GF_Read, 0, 0, width, height, buffer, width, height, GdalNative.GDT_Float32, 0, 0) != 0)
        {
            throw new InvalidOperationException($"cannot read {path}: {GdalNative.LastError()}");
        }

        return buffer;
    }
}
