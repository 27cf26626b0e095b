using System.Runtime.InteropServices;

namespace TerrainDescent.Gdal.Native;

/// <summary>
/// GDAL's contour algorithm (gdal_alg.h) and the part of the OGR API it writes through (ogr_api.h, gdal.h): an
/// in-memory layer with an id and an elevation field, its features read back as line strings. Declared as-is.
/// </summary>
internal static partial class GdalContourNative
{
    public const int GDT_Unknown = 0;
    public const int WkbLineString = 2;
    public const int OFTInteger = 0;
    public const int OFTReal = 2;

    // Contours (gdal_alg.h).
    [LibraryImport(GdalLibrary.Name)] public static partial int GDALContourGenerateEx(BandHandle band, LayerHandle layer, StringListHandle options, IntPtr progress, IntPtr progressData);

    // An in-memory vector layer to write them into (gdal.h, ogr_api.h).
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial IntPtr GDALDatasetCreateLayer(DatasetHandle dataset, string name, IntPtr srs, int geometryType, IntPtr options);
    [LibraryImport(GdalLibrary.Name, StringMarshalling = StringMarshalling.Utf8)] public static partial IntPtr OGR_Fld_Create(string name, int type);
    [LibraryImport(GdalLibrary.Name)] public static partial void OGR_Fld_Destroy(IntPtr fieldDefinition);
    [LibraryImport(GdalLibrary.Name)] public static partial int OGR_L_CreateField(LayerHandle layer, IntPtr fieldDefinition, int approximateOk);

    // Reading the lines back.
    [LibraryImport(GdalLibrary.Name)] public static partial double OGR_F_GetFieldAsDouble(FeatureHandle feature, int index);
    [LibraryImport(GdalLibrary.Name)] public static partial int OGR_G_GetPoints(GeometryHandle geometry, [Out] double[] x, int xStride, [Out] double[] y, int yStride, IntPtr z, int zStride);
}
