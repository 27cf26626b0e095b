using System.Runtime.InteropServices;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal;

/// <summary>
/// Reads band 1 of any raster GDAL opens (SRTM .hgt, zipped or not, GeoTIFF, VRT, …) into an
/// <see cref="ElevationGrid"/> of float32 metres, with the band's nodata and SRTM's −32768 as NaN.
/// </summary>
public static class RasterReader
{
    /// <summary>The SRTM void marker.</summary>
    public const float SrtmVoid = -32768f;

    /// <summary>Loads <paramref name="userPath"/>; throws <see cref="GdalException"/> with a one-line reason.</summary>
    public static LoadedRaster Load(string userPath)
    {
        GdalLibrary.EnsureInitialised();
        var gdalPath = RasterPath.Resolve(userPath);
        GdalNative.CPLErrorReset();
        var dataset = GdalNative.GDALOpenEx(gdalPath, GdalNative.GDAL_OF_RASTER | GdalNative.GDAL_OF_READONLY, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
        if (dataset == IntPtr.Zero)
        {
            throw new GdalException($"cannot read {userPath} as a raster: {Reason(GdalNative.LastError())}");
        }

        try
        {
            return Read(dataset, userPath, gdalPath);
        }
        finally
        {
            GdalNative.GDALClose(dataset);
        }
    }

    internal static LoadedRaster Read(IntPtr dataset, string userPath, string gdalPath)
    {
        if (GdalNative.GDALGetRasterCount(dataset) < 1)
        {
            throw new GdalException($"{userPath} has no raster band");
        }

        var width = GdalNative.GDALGetRasterXSize(dataset);
        var height = GdalNative.GDALGetRasterYSize(dataset);
        var coefficients = new double[6];
        if (GdalNative.GDALGetGeoTransform(dataset, coefficients) != 0)
        {
            throw new GdalException($"{userPath} has no geotransform: its cells cannot be placed on the ground");
        }

        if (coefficients[2] != 0 || coefficients[4] != 0)
        {
            throw new GdalException($"{userPath} has a rotated geotransform, which is not supported; warp it north-up first (gdalwarp)");
        }

        if (coefficients[1] <= 0 || coefficients[5] >= 0)
        {
            throw new GdalException($"{userPath} is not north-up (pixel width must be positive and height negative)");
        }

        var wkt = Marshal.PtrToStringUTF8(GdalNative.GDALGetProjectionRef(dataset)) ?? string.Empty;
        var kind = CrsInfo.Classify(wkt, userPath);
        var band = GdalNative.GDALGetRasterBand(dataset, 1);
        var samples = new float[checked(width * height)];
        if (GdalNative.GDALRasterIO(band, GdalNative.GF_Read, 0, 0, width, height, samples, width, height, GdalNative.GDT_Float32, 0, 0) != 0)
        {
            throw new GdalException($"cannot read the samples of {userPath}: {Reason(GdalNative.LastError())}");
        }

        var noData = (float)GdalNative.GDALGetRasterNoDataValue(band, out var hasNoData);
        MarkVoids(samples, hasNoData != 0 ? noData : SrtmVoid);

        var transform = new GeoTransform(coefficients[0], coefficients[1], coefficients[3], coefficients[5]);
        var driver = Marshal.PtrToStringUTF8(GdalNative.GDALGetDriverShortName(GdalNative.GDALGetDatasetDriver(dataset))) ?? "";
        var grid = new ElevationGrid(width, height, samples, transform, kind, Path.GetFileName(userPath));
        return new LoadedRaster(grid, wkt, driver, gdalPath);
    }

    /// <summary>Replaces the nodata value (and SRTM's −32768) with NaN, in place.</summary>
    private static void MarkVoids(Span<float> samples, float noData)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            var value = samples[i];
            if (value == noData || value == SrtmVoid)
            {
                samples[i] = float.NaN;
            }
        }
    }

    private static string Reason(string gdalMessage) =>
        string.IsNullOrEmpty(gdalMessage) ? "GDAL does not recognise the format" : gdalMessage.ReplaceLineEndings(" ");
}
