using System.Runtime.InteropServices;

namespace TerrainDescent.Gdal.Native;

/// <summary>
/// The part of GDAL's C API this product uses, declared as-is (names and signatures from gdal.h, cpl_error.h,
/// cpl_vsi.h, ogr_api.h, ogr_srs_api.h, gdal_alg.h and gdal_utils.h). Nothing else lives here.
/// </summary>
internal static class GdalNative
{
    public const int GA_ReadOnly = 0;
    public const int GF_Read = 0;
    public const int GF_Write = 1;
    public const int GDT_Byte = 1;
    public const int GDT_Float32 = 6;
    public const uint GDAL_OF_READONLY = 0x00;
    public const uint GDAL_OF_RASTER = 0x02;
    public const uint GDAL_OF_VECTOR = 0x04;
    public const int OAMS_TRADITIONAL_GIS_ORDER = 0;

    // Library and errors.
    [DllImport(GdalLibrary.Name)] public static extern void GDALAllRegister();
    [DllImport(GdalLibrary.Name)] public static extern IntPtr CPLSetErrorHandler(IntPtr handler);
    [DllImport(GdalLibrary.Name)] public static extern void CPLSetConfigOption([MarshalAs(UnmanagedType.LPUTF8Str)] string key, [MarshalAs(UnmanagedType.LPUTF8Str)] string? value);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr CPLGetLastErrorMsg();
    [DllImport(GdalLibrary.Name)] public static extern void CPLErrorReset();
    [DllImport(GdalLibrary.Name)] public static extern void CSLDestroy(IntPtr list);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr CSLAddString(IntPtr list, [MarshalAs(UnmanagedType.LPUTF8Str)] string value);

    // Datasets and bands.
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALOpenEx([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint openFlags, IntPtr allowedDrivers, IntPtr openOptions, IntPtr siblingFiles);
    [DllImport(GdalLibrary.Name)] public static extern int GDALClose(IntPtr dataset);
    [DllImport(GdalLibrary.Name)] public static extern int GDALGetRasterXSize(IntPtr dataset);
    [DllImport(GdalLibrary.Name)] public static extern int GDALGetRasterYSize(IntPtr dataset);
    [DllImport(GdalLibrary.Name)] public static extern int GDALGetRasterCount(IntPtr dataset);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALGetRasterBand(IntPtr dataset, int bandNumber);
    [DllImport(GdalLibrary.Name)] public static extern int GDALGetGeoTransform(IntPtr dataset, [Out] double[] transform);
    [DllImport(GdalLibrary.Name)] public static extern int GDALSetGeoTransform(IntPtr dataset, double[] transform);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALGetProjectionRef(IntPtr dataset);
    [DllImport(GdalLibrary.Name)] public static extern int GDALSetProjection(IntPtr dataset, [MarshalAs(UnmanagedType.LPUTF8Str)] string wkt);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALGetDatasetDriver(IntPtr dataset);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALGetDriverShortName(IntPtr driver);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALGetDriverByName([MarshalAs(UnmanagedType.LPUTF8Str)] string name);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALCreate(IntPtr driver, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int width, int height, int bands, int dataType, IntPtr options);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALCreateCopy(IntPtr driver, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr source, int strict, IntPtr options, IntPtr progress, IntPtr progressData);
    [DllImport(GdalLibrary.Name)] public static extern double GDALGetRasterNoDataValue(IntPtr band, out int hasNoData);
    [DllImport(GdalLibrary.Name)] public static extern int GDALSetRasterNoDataValue(IntPtr band, double value);
    [DllImport(GdalLibrary.Name)] public static extern int GDALRasterIO(IntPtr band, int readWrite, int xOffset, int yOffset, int xSize, int ySize, [In, Out] float[] buffer, int bufferXSize, int bufferYSize, int bufferType, int pixelSpace, int lineSpace);
    [DllImport(GdalLibrary.Name, EntryPoint = "GDALRasterIO")] public static extern int GDALRasterIOInto(IntPtr band, int readWrite, int xOffset, int yOffset, int xSize, int ySize, ref float buffer, int bufferXSize, int bufferYSize, int bufferType, int pixelSpace, int lineSpace);
    [DllImport(GdalLibrary.Name, EntryPoint = "GDALRasterIO")] public static extern int GDALRasterIOBytes(IntPtr band, int readWrite, int xOffset, int yOffset, int xSize, int ySize, [In, Out] byte[] buffer, int bufferXSize, int bufferYSize, int bufferType, int pixelSpace, int lineSpace);

    // Virtual file system.
    [DllImport(GdalLibrary.Name)] public static extern IntPtr VSIFOpenL([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [MarshalAs(UnmanagedType.LPUTF8Str)] string access);
    [DllImport(GdalLibrary.Name)] public static extern int VSIFSeekL(IntPtr file, ulong offset, int whence);
    [DllImport(GdalLibrary.Name)] public static extern ulong VSIFTellL(IntPtr file);
    [DllImport(GdalLibrary.Name)] public static extern int VSIFCloseL(IntPtr file);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr VSIReadDir([MarshalAs(UnmanagedType.LPUTF8Str)] string path);
    [DllImport(GdalLibrary.Name)] public static extern ulong VSIFWriteL(byte[] buffer, ulong size, ulong count, IntPtr file);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr VSIGetMemFileBuffer([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out ulong length, int unlinkAndSeize);
    [DllImport(GdalLibrary.Name)] public static extern int VSIUnlink([MarshalAs(UnmanagedType.LPUTF8Str)] string path);

    // Spatial references.
    [DllImport(GdalLibrary.Name)] public static extern IntPtr OSRNewSpatialReference([MarshalAs(UnmanagedType.LPUTF8Str)] string? wkt);
    [DllImport(GdalLibrary.Name)] public static extern void OSRDestroySpatialReference(IntPtr srs);
    [DllImport(GdalLibrary.Name)] public static extern int OSRImportFromEPSG(IntPtr srs, int epsg);
    [DllImport(GdalLibrary.Name)] public static extern int OSRIsGeographic(IntPtr srs);
    [DllImport(GdalLibrary.Name)] public static extern int OSRIsProjected(IntPtr srs);
    [DllImport(GdalLibrary.Name)] public static extern double OSRGetLinearUnits(IntPtr srs, out IntPtr unitName);
    [DllImport(GdalLibrary.Name)] public static extern void OSRSetAxisMappingStrategy(IntPtr srs, int strategy);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr OCTNewCoordinateTransformation(IntPtr source, IntPtr target);
    [DllImport(GdalLibrary.Name)] public static extern void OCTDestroyCoordinateTransformation(IntPtr transformation);
    [DllImport(GdalLibrary.Name)] public static extern int OCTTransform(IntPtr transformation, int count, [In, Out] double[] x, [In, Out] double[] y, [In, Out] double[]? z);

    // Vector (OGR) reading.
    [DllImport(GdalLibrary.Name)] public static extern int GDALDatasetGetLayerCount(IntPtr dataset);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALDatasetGetLayer(IntPtr dataset, int index);
    [DllImport(GdalLibrary.Name)] public static extern void OGR_L_ResetReading(IntPtr layer);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr OGR_L_GetNextFeature(IntPtr layer);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr OGR_L_GetLayerDefn(IntPtr layer);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr OGR_L_GetSpatialRef(IntPtr layer);
    [DllImport(GdalLibrary.Name)] public static extern void OGR_F_Destroy(IntPtr feature);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr OGR_F_GetGeometryRef(IntPtr feature);
    [DllImport(GdalLibrary.Name)] public static extern int OGR_F_GetFieldCount(IntPtr feature);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr OGR_F_GetFieldDefnRef(IntPtr feature, int index);
    [DllImport(GdalLibrary.Name)] public static extern int OGR_F_IsFieldSetAndNotNull(IntPtr feature, int index);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr OGR_F_GetFieldAsString(IntPtr feature, int index);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr OGR_Fld_GetNameRef(IntPtr fieldDefinition);
    [DllImport(GdalLibrary.Name)] public static extern int OGR_G_GetGeometryType(IntPtr geometry);
    [DllImport(GdalLibrary.Name)] public static extern int OGR_G_GetPointCount(IntPtr geometry);
    [DllImport(GdalLibrary.Name)] public static extern int OGR_G_GetGeometryCount(IntPtr geometry);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr OGR_G_GetGeometryRef(IntPtr geometry, int index);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALDatasetGetLayerByName(IntPtr dataset, [MarshalAs(UnmanagedType.LPUTF8Str)] string name);
    [DllImport(GdalLibrary.Name)] public static extern int OGR_G_Is3D(IntPtr geometry);
    [DllImport(GdalLibrary.Name)] public static extern double OGR_G_GetX(IntPtr geometry, int index);
    [DllImport(GdalLibrary.Name)] public static extern double OGR_G_GetY(IntPtr geometry, int index);
    [DllImport(GdalLibrary.Name)] public static extern double OGR_G_GetZ(IntPtr geometry, int index);
    [DllImport(GdalLibrary.Name)] public static extern int OGR_G_CreateFromWkt(ref IntPtr text, IntPtr srs, out IntPtr geometry);
    [DllImport(GdalLibrary.Name)] public static extern void OGR_G_DestroyGeometry(IntPtr geometry);

    // Rasterisation (gdal_alg.h).
    [DllImport(GdalLibrary.Name)] public static extern int GDALRasterizeGeometries(IntPtr dataset, int bandCount, int[] bandList, int geometryCount, IntPtr[] geometries, IntPtr transformer, IntPtr transformArgument, double[] burnValues, IntPtr options, IntPtr progress, IntPtr progressData);

    // Utilities (gdal_utils.h).
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALBuildVRTOptionsNew(IntPtr arguments, IntPtr binaryOptions);
    [DllImport(GdalLibrary.Name)] public static extern void GDALBuildVRTOptionsFree(IntPtr options);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALBuildVRT([MarshalAs(UnmanagedType.LPUTF8Str)] string destination, int sourceCount, IntPtr sourceHandles, IntPtr sourceNames, IntPtr options, out int usageError);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALDEMProcessingOptionsNew(IntPtr arguments, IntPtr binaryOptions);
    [DllImport(GdalLibrary.Name)] public static extern void GDALDEMProcessingOptionsFree(IntPtr options);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALDEMProcessing([MarshalAs(UnmanagedType.LPUTF8Str)] string destination, IntPtr source, [MarshalAs(UnmanagedType.LPUTF8Str)] string processing, [MarshalAs(UnmanagedType.LPUTF8Str)] string? colorFile, IntPtr options, out int usageError);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALTranslateOptionsNew(IntPtr arguments, IntPtr binaryOptions);
    [DllImport(GdalLibrary.Name)] public static extern void GDALTranslateOptionsFree(IntPtr options);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALVectorTranslateOptionsNew(IntPtr arguments, IntPtr binaryOptions);
    [DllImport(GdalLibrary.Name)] public static extern void GDALVectorTranslateOptionsFree(IntPtr options);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALVectorTranslate([MarshalAs(UnmanagedType.LPUTF8Str)] string destination, IntPtr destinationDataset, int sourceCount, IntPtr[] sourceHandles, IntPtr options, out int usageError);
    [DllImport(GdalLibrary.Name)] public static extern IntPtr GDALTranslate([MarshalAs(UnmanagedType.LPUTF8Str)] string destination, IntPtr source, IntPtr options, out int usageError);

    /// <summary>The last GDAL error message on this thread, or an empty string.</summary>
    public static string LastError() => Marshal.PtrToStringUTF8(CPLGetLastErrorMsg())?.Trim() ?? string.Empty;

    /// <summary>Builds a GDAL string list (char**); free it with <see cref="CSLDestroy"/>.</summary>
    public static IntPtr StringList(IEnumerable<string> values)
    {
        var list = IntPtr.Zero;
        foreach (var value in values)
        {
            list = CSLAddString(list, value);
        }

        return list;
    }

    /// <summary>Reads a GDAL string list (char**) into managed strings; the list is not freed.</summary>
    public static List<string> ReadStringList(IntPtr list)
    {
        var result = new List<string>();
        if (list == IntPtr.Zero)
        {
            return result;
        }

        for (var i = 0; ; i++)
        {
            var item = Marshal.ReadIntPtr(list, i * IntPtr.Size);
            if (item == IntPtr.Zero)
            {
                return result;
            }

            result.Add(Marshal.PtrToStringUTF8(item) ?? string.Empty);
        }
    }
}
