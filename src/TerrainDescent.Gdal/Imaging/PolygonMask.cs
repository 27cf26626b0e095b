using System.Runtime.InteropServices;
using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal.Imaging;

/// <summary>
/// Rasterises polygons given in image pixel coordinates (x right, y down, pixel (0, 0) spanning 0..1) with GDAL's
/// <c>GDALRasterizeGeometries</c>: the result marks each pixel whose centre lies inside a polygon. Thread-safe.
/// </summary>
public static class PolygonMask
{
    /// <summary>
    /// A <paramref name="width"/> × <paramref name="height"/> mask, row-major from the top row, 255 inside any of
    /// <paramref name="polygonsWkt"/> (WKT POLYGON or MULTIPOLYGON) and 0 elsewhere.
    /// </summary>
    public static byte[] Rasterise(int width, int height, IReadOnlyList<string> polygonsWkt)
    {
        GdalLibrary.EnsureInitialised();
        var memory = GdalNative.GDALGetDriverByName("MEM");
        var dataset = GdalNative.GDALCreate(memory, "", width, height, 1, GdalNative.GDT_Byte, IntPtr.Zero);
        var geometries = new List<IntPtr>();
        try
        {
            // Identity geotransform with y growing downwards: geometry coordinates are pixel coordinates.
            GdalNative.GDALSetGeoTransform(dataset, [0, 1, 0, 0, 0, 1]);
            foreach (var wkt in polygonsWkt)
            {
                geometries.Add(Parse(wkt));
            }

            var mask = new byte[width * height];
            if (geometries.Count > 0)
            {
                var burn = Enumerable.Repeat(255.0, geometries.Count).ToArray();
                var error = GdalNative.GDALRasterizeGeometries(dataset, 1, [1], geometries.Count, geometries.ToArray(), IntPtr.Zero, IntPtr.Zero, burn, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
                if (error != 0)
                {
                    throw new GdalException($"cannot rasterise: {GdalNative.LastError()}");
                }

                var band = GdalNative.GDALGetRasterBand(dataset, 1);
                GdalNative.GDALRasterIOBytes(band, GdalNative.GF_Read, 0, 0, width, height, mask, width, height, GdalNative.GDT_Byte, 0, 0);
            }

            return mask;
        }
        finally
        {
            geometries.ForEach(GdalNative.OGR_G_DestroyGeometry);
            GdalNative.GDALClose(dataset);
        }
    }

    private static IntPtr Parse(string wkt)
    {
        var text = Marshal.StringToCoTaskMemUTF8(wkt);
        try
        {
            var cursor = text;
            if (GdalNative.OGR_G_CreateFromWkt(ref cursor, IntPtr.Zero, out var geometry) != 0 || geometry == IntPtr.Zero)
            {
                throw new GdalException($"not a WKT geometry: {wkt[..Math.Min(60, wkt.Length)]}");
            }

            return geometry;
        }
        finally
        {
            Marshal.FreeCoTaskMem(text);
        }
    }
}
