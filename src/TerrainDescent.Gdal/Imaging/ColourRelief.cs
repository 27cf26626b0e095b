using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal.Imaging;

/// <summary>
/// GDAL's colour relief (<c>gdaldem color-relief</c>, run through <c>GDALDEMProcessing</c> in memory): every
/// sample coloured by linear interpolation in a colour table, voids transparent. Thread-safe.
/// </summary>
public static class ColourRelief
{
    /// <summary>
    /// Colours band 1 of the raster GDAL opens at <paramref name="gdalPath"/> with <paramref name="colourTable"/>
    /// (gdaldem's text format: one "elevation red green blue alpha" per line, "nv 0 0 0 0" for voids), resampled
    /// (nearest) to <paramref name="outWidth"/> × <paramref name="outHeight"/> pixels covering the whole raster.
    /// </summary>
    public static RgbaImage Render(string gdalPath, string colourTable, int outWidth, int outHeight)
    {
        GdalLibrary.EnsureInitialised();
        var source = GdalNative.GDALOpenEx(gdalPath, GdalNative.GDAL_OF_RASTER | GdalNative.GDAL_OF_READONLY, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
        if (source == IntPtr.Zero)
        {
            throw new GdalException($"cannot open {gdalPath}: {GdalNative.LastError()}");
        }

        var tablePath = MemoryFile.NewPath(".txt");
        var arguments = GdalNative.StringList(["-of", "MEM", "-alpha"]);
        var options = GdalNative.GDALDEMProcessingOptionsNew(arguments, IntPtr.Zero);
        try
        {
            MemoryFile.Write(tablePath, System.Text.Encoding.ASCII.GetBytes(colourTable));
            var coloured = GdalNative.GDALDEMProcessing("", source, "color-relief", tablePath, options, out var usageError);
            if (coloured == IntPtr.Zero || usageError != 0)
            {
                throw new GdalException($"colour relief failed: {GdalNative.LastError()}");
            }

            try
            {
                var width = GdalNative.GDALGetRasterXSize(coloured);
                var height = GdalNative.GDALGetRasterYSize(coloured);
                var bands = GdalNative.GDALGetRasterCount(coloured);
                return new RgbaImage(outWidth, outHeight, RasterBands.ReadInterleavedRgba(coloured, bands, width, height, outWidth, outHeight));
            }
            finally
            {
                GdalNative.GDALClose(coloured);
            }
        }
        finally
        {
            GdalNative.GDALDEMProcessingOptionsFree(options);
            GdalNative.CSLDestroy(arguments);
            MemoryFile.Delete(tablePath);
            GdalNative.GDALClose(source);
        }
    }
}
