using System.Runtime.InteropServices;

namespace TerrainDescent.Gdal.Native;

/// <summary>
/// The part of GDAL's C API this product uses, declared as-is (names and signatures from gdal.h, cpl_error.h,
/// cpl_vsi.h, ogr_api.h, ogr_srs_api.h, gdal_alg.h and gdal_utils.h) as source-generated P/Invoke. Handles the caller
/// owns come back as <see cref="GdalHandle"/>s; handles GDAL lends (bands, layers, geometries) come back as pointers
/// that only the handle types wrap, each keeping its owner alive. Destructors take raw pointers: only the handles'
/// own release calls them. Nothing else lives here.
/// </summary>
internal static partial class GdalNative
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

    /// <summary><c>CPLErr</c>'s CE_Failure: an operation failed (CE_Fatal is 4).</summary>
    public const int CE_Failure = 3;

    // Library and errors.
    [LibraryImport(GdalLibrary.Name)] public static partial void GDALAllRegister();
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr CPLSetErrorHandler(IntPtr handler);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial void CPLSetConfigOption(string key, string? value);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr CPLGetLastErrorMsg();
    [LibraryImport(GdalLibrary.Name)] public static partial int CPLGetLastErrorType();
    [LibraryImport(GdalLibrary.Name)] public static partial void CPLErrorReset();
    [LibraryImport(GdalLibrary.Name)] public static partial void CSLDestroy(IntPtr list);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial IntPtr CSLAddString(IntPtr list, string value);

    // Datasets and bands.
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial DatasetHandle GDALOpenEx(string path, uint openFlags, IntPtr allowedDrivers, IntPtr openOptions, IntPtr siblingFiles);
    [LibraryImport(GdalLibrary.Name)] public static partial void GDALClose(IntPtr dataset);
    [LibraryImport(GdalLibrary.Name)] public static partial int GDALGetRasterXSize(DatasetHandle dataset);
    [LibraryImport(GdalLibrary.Name)] public static partial int GDALGetRasterYSize(DatasetHandle dataset);
    [LibraryImport(GdalLibrary.Name)] public static partial int GDALGetRasterCount(DatasetHandle dataset);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr GDALGetRasterBand(DatasetHandle dataset, int bandNumber);
    [LibraryImport(GdalLibrary.Name)] public static partial int GDALGetGeoTransform(DatasetHandle dataset, [Out] double[] transform);
    [LibraryImport(GdalLibrary.Name)] public static partial int GDALSetGeoTransform(DatasetHandle dataset, double[] transform);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr GDALGetProjectionRef(DatasetHandle dataset);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial int GDALSetProjection(DatasetHandle dataset, string wkt);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr GDALGetDatasetDriver(DatasetHandle dataset);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr GDALGetDriverShortName(IntPtr driver);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial IntPtr GDALGetDriverByName(string name);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial DatasetHandle GDALCreate(IntPtr driver, string path, int width, int height, int bands, int dataType, IntPtr options);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial DatasetHandle GDALCreateCopy(IntPtr driver, string path, DatasetHandle source, int strict, IntPtr options, IntPtr progress, IntPtr progressData);
    [LibraryImport(GdalLibrary.Name)] public static partial double GDALGetRasterNoDataValue(BandHandle band, out int hasNoData);
    [LibraryImport(GdalLibrary.Name)] public static partial int GDALSetRasterNoDataValue(BandHandle band, double value);
    [LibraryImport(GdalLibrary.Name)] public static partial int GDALRasterIO(BandHandle band, int readWrite, int xOffset, int yOffset, int xSize, int ySize, [In, Out] float[] buffer, int bufferXSize, int bufferYSize, int bufferType, int pixelSpace, int lineSpace);
    [LibraryImport(GdalLibrary.Name, EntryPoint = "GDALRasterIO")] public static partial int GDALRasterIOInto(BandHandle band, int readWrite, int xOffset, int yOffset, int xSize, int ySize, ref float buffer, int bufferXSize, int bufferYSize, int bufferType, int pixelSpace, int lineSpace);
    [LibraryImport(GdalLibrary.Name, EntryPoint = "GDALRasterIO")] public static partial int GDALRasterIOBytes(BandHandle band, int readWrite, int xOffset, int yOffset, int xSize, int ySize, [In, Out] byte[] buffer, int bufferXSize, int bufferYSize, int bufferType, int pixelSpace, int lineSpace);

    // Virtual file system.
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial VsiFileHandle VSIFOpenL(string path, string access);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial VsiFileHandle VSIFOpenExL(string path, string access, [MarshalAs(UnmanagedType.Bool)] bool setError);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr VSIGetLastErrorMsg();
    [LibraryImport(GdalLibrary.Name)] public static partial void VSIErrorReset();
    [LibraryImport(GdalLibrary.Name)] public static partial int VSIFSeekL(VsiFileHandle file, ulong offset, int whence);
    [LibraryImport(GdalLibrary.Name)] public static partial ulong VSIFTellL(VsiFileHandle file);
    [LibraryImport(GdalLibrary.Name)] public static partial int VSIFCloseL(IntPtr file);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial StringListHandle VSIReadDir(string path);
    [LibraryImport(GdalLibrary.Name)] public static partial ulong VSIFWriteL(byte[] buffer, ulong size, ulong count, VsiFileHandle file);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial IntPtr VSIGetMemFileBuffer(string path, out ulong length, int unlinkAndSeize);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial int VSIUnlink(string path);

    // Spatial references.
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial SpatialReferenceHandle OSRNewSpatialReference(string? wkt);
    [LibraryImport(GdalLibrary.Name)] public static partial void OSRDestroySpatialReference(IntPtr srs);
    [LibraryImport(GdalLibrary.Name)] public static partial int OSRImportFromEPSG(SpatialReferenceHandle srs, int epsg);
    [LibraryImport(GdalLibrary.Name)][return: MarshalAs(UnmanagedType.Bool)] public static partial bool OSRIsGeographic(SpatialReferenceHandle srs);
    [LibraryImport(GdalLibrary.Name)][return: MarshalAs(UnmanagedType.Bool)] public static partial bool OSRIsProjected(SpatialReferenceHandle srs);
    [LibraryImport(GdalLibrary.Name)] public static partial double OSRGetLinearUnits(SpatialReferenceHandle srs, out IntPtr unitName);
    [LibraryImport(GdalLibrary.Name)] public static partial void OSRSetAxisMappingStrategy(SpatialReferenceHandle srs, int strategy);
    [LibraryImport(GdalLibrary.Name)] public static partial CoordinateTransformationHandle OCTNewCoordinateTransformation(SpatialReferenceHandle source, SpatialReferenceHandle target);
    [LibraryImport(GdalLibrary.Name)] public static partial void OCTDestroyCoordinateTransformation(IntPtr transformation);
    [LibraryImport(GdalLibrary.Name)][return: MarshalAs(UnmanagedType.Bool)] public static partial bool OCTTransform(CoordinateTransformationHandle transformation, int count, [In, Out] double[] x, [In, Out] double[] y, [In, Out] double[]? z);

    // Vector (OGR) reading.
    [LibraryImport(GdalLibrary.Name)] public static partial int GDALDatasetGetLayerCount(DatasetHandle dataset);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr GDALDatasetGetLayer(DatasetHandle dataset, int index);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial IntPtr GDALDatasetGetLayerByName(DatasetHandle dataset, string name);
    [LibraryImport(GdalLibrary.Name)] public static partial void OGR_L_ResetReading(LayerHandle layer);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr OGR_L_GetNextFeature(LayerHandle layer);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr OGR_L_GetLayerDefn(LayerHandle layer);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr OGR_L_GetSpatialRef(LayerHandle layer);
    [LibraryImport(GdalLibrary.Name)] public static partial void OGR_F_Destroy(IntPtr feature);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr OGR_F_GetGeometryRef(FeatureHandle feature);
    [LibraryImport(GdalLibrary.Name)] public static partial int OGR_F_GetFieldCount(FeatureHandle feature);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr OGR_F_GetFieldDefnRef(FeatureHandle feature, int index);
    [LibraryImport(GdalLibrary.Name)][return: MarshalAs(UnmanagedType.Bool)] public static partial bool OGR_F_IsFieldSetAndNotNull(FeatureHandle feature, int index);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr OGR_F_GetFieldAsString(FeatureHandle feature, int index);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr OGR_Fld_GetNameRef(IntPtr fieldDefinition);
    [LibraryImport(GdalLibrary.Name)] public static partial int OGR_G_GetGeometryType(GeometryHandle geometry);
    [LibraryImport(GdalLibrary.Name)] public static partial int OGR_G_GetPointCount(GeometryHandle geometry);
    [LibraryImport(GdalLibrary.Name)] public static partial int OGR_G_GetGeometryCount(GeometryHandle geometry);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr OGR_G_GetGeometryRef(GeometryHandle geometry, int index);
    [LibraryImport(GdalLibrary.Name)][return: MarshalAs(UnmanagedType.Bool)] public static partial bool OGR_G_Is3D(GeometryHandle geometry);
    [LibraryImport(GdalLibrary.Name)] public static partial double OGR_G_GetX(GeometryHandle geometry, int index);
    [LibraryImport(GdalLibrary.Name)] public static partial double OGR_G_GetY(GeometryHandle geometry, int index);
    [LibraryImport(GdalLibrary.Name)] public static partial double OGR_G_GetZ(GeometryHandle geometry, int index);
    [LibraryImport(GdalLibrary.Name)] public static partial int OGR_G_CreateFromWkt(ref IntPtr text, IntPtr srs, out GeometryHandle geometry);
    [LibraryImport(GdalLibrary.Name)] public static partial void OGR_G_DestroyGeometry(IntPtr geometry);

    // Rasterisation (gdal_alg.h).
    [LibraryImport(GdalLibrary.Name)] public static partial int GDALRasterizeGeometries(DatasetHandle dataset, int bandCount, int[] bandList, int geometryCount, IntPtr[] geometries, IntPtr transformer, IntPtr transformArgument, double[] burnValues, IntPtr options, IntPtr progress, IntPtr progressData);

    // Utilities (gdal_utils.h).
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr GDALBuildVRTOptionsNew(IntPtr arguments, IntPtr binaryOptions);
    [LibraryImport(GdalLibrary.Name)] public static partial void GDALBuildVRTOptionsFree(IntPtr options);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial DatasetHandle GDALBuildVRT(string destination, int sourceCount, IntPtr sourceHandles, IntPtr sourceNames, IntPtr options, out int usageError);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr GDALDEMProcessingOptionsNew(IntPtr arguments, IntPtr binaryOptions);
    [LibraryImport(GdalLibrary.Name)] public static partial void GDALDEMProcessingOptionsFree(IntPtr options);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial DatasetHandle GDALDEMProcessing(string destination, DatasetHandle source, string processing, string? colorFile, IntPtr options, out int usageError);
    [LibraryImport(GdalLibrary.Name)] public static partial IntPtr GDALTranslateOptionsNew(IntPtr arguments, IntPtr binaryOptions);
    [LibraryImport(GdalLibrary.Name)] public static partial void GDALTranslateOptionsFree(IntPtr options);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial DatasetHandle GDALTranslate(string destination, DatasetHandle source, IntPtr options, out int usageError);
    [LibraryImport(GdalLibrary.Name)] public static partial VectorTranslateOptionsHandle GDALVectorTranslateOptionsNew(StringListHandle arguments, IntPtr binaryOptions);
    [LibraryImport(GdalLibrary.Name)] public static partial void GDALVectorTranslateOptionsFree(IntPtr options);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial DatasetHandle GDALVectorTranslate(string destination, IntPtr destinationDataset, int sourceCount, IntPtr[] sourceHandles, VectorTranslateOptionsHandle options, out int usageError);

    /// <summary>The last GDAL error message on this thread, or an empty string.</summary>
    public static string LastError() => Marshal.PtrToStringUTF8(CPLGetLastErrorMsg())?.Trim() ?? string.Empty;

    /// <summary>Builds a GDAL string list (char**), owned by the returned handle.</summary>
    public static StringListHandle StringList(IEnumerable<string> values)
    {
        var list = IntPtr.Zero;
        foreach (var value in values)
        {
            list = CSLAddString(list, value);
        }

        return new StringListHandle(list);
    }

    /// <summary>Reads a GDAL string list (char**) into managed strings; an invalid handle is the empty list.</summary>
    public static List<string> ReadStringList(StringListHandle list)
    {
        var result = new List<string>();
        if (list.IsInvalid)
        {
            return result;
        }

        var added = false;
        try
        {
            list.DangerousAddRef(ref added);
            var items = list.DangerousGetHandle();
            for (var i = 0; ; i++)
            {
                var item = Marshal.ReadIntPtr(items, i * IntPtr.Size);
                if (item == IntPtr.Zero)
                {
                    return result;
                }

                result.Add(Marshal.PtrToStringUTF8(item) ?? string.Empty);
            }
        }
        finally
        {
            if (added)
            {
                list.DangerousRelease();
            }
        }
    }
}
