using System.Runtime.InteropServices;

namespace TerrainDescent.Gdal.Native;

/// <summary>
/// GDAL's contour algorithm (gdal_alg.h) and the part of the OGR API it writes through (ogr_api.h, gdal.h): an
/// in-memory layer with an id and an elevation field, its features read back as line strings. Declared as-is.
/// </summary>
internal static class GdalContourNative
{
    public const int GDT_Unknown = 0;
    public const int WkbLineString = 2;
    public const int OFTInteger = 0;
    public const int OFTReal = 2;

    // Contours (gdal_alg.h).
    [DllImport(GdalLibrary.Name)] public static extern int GDALContourGenerateEx(IntPtr band, IntPtr layer, IntPtr options, IntPtr progress, IntPtr progressData);

    // An in-memory vector layer to write them into (gdal.h, ogr_api.h).
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALDatasetCreateLayer(IntPtr dataset, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, IntPtr srs, int geometryType, IntPtr options);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr OGR_Fld_Create([MarshalAs(UnmanagedType.LPUTF8Str)] string name, int type);
    [DllImport(GdalLibrary.Name)] public static extern void OGR_Fld_Destroy(IntPtr fieldDefinition);
    [DllImport(GdalLibrary.Name)] public static extern int OGR_L_CreateField(IntPtr layer, IntPtr fieldDefinition, int approximateOk);
    [DllImport(GdalLibrary.Name)] public static extern long OGR_L_GetFeatureCount(IntPtr layer, int force);

    // Reading the lines back.
    [DllImport(GdalLibrary.Name)] public static extern double OGR_F_GetFieldAsDouble(IntPtr feature, int index);
    [DllImport(GdalLibrary.Name)] public static extern int OGR_G_GetPoints(IntPtr geometry, [Out] double[] x, int xStride, [Out] double[] y, int yStride, IntPtr z, int zStride);
}
