using System.Runtime.InteropServices;
using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal;

/// <summary>
/// Reads the first layer of any vector file OGR opens (GeoJSON, CSV with X/Y columns, GeoPackage, Shapefile…):
/// geometries and attributes, for reading peak lists and for checking what this product writes.
/// </summary>
public static class VectorReader
{
    private static readonly string[] s_typeNames = ["Unknown", "Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon", "GeometryCollection"];

    /// <summary>
    /// Reads every feature of the first layer, or of the layer named <paramref name="layerName"/> (a GPX file's
    /// <c>tracks</c>, for example); throws <see cref="GdalException"/> with a one-line reason.
    /// </summary>
    public static IReadOnlyList<VectorFeature> ReadFeatures(string path, string? layerName = null)
    {
        GdalLibrary.EnsureInitialised();
        if (!File.Exists(path))
        {
            throw new GdalException($"file not found: {path}");
        }

        GdalNative.CPLErrorReset();
        using var dataset = GdalNative.GDALOpenEx(path, GdalNative.GDAL_OF_VECTOR | GdalNative.GDAL_OF_READONLY, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
        if (dataset.IsInvalid)
        {
            var reason = GdalNative.LastError();
            throw new GdalException($"cannot read {path} as vector data: {(reason.Length > 0 ? reason : "unrecognised format")}");
        }

        if (GdalNative.GDALDatasetGetLayerCount(dataset) < 1)
        {
            throw new GdalException($"{path} has no layer");
        }

        using var layer = layerName is null ? dataset.Layer(0) : dataset.Layer(layerName);
        if (layer.IsInvalid)
        {
            throw new GdalException($"{path} has no layer {layerName}");
        }

        GdalNative.OGR_L_ResetReading(layer);
        var features = new List<VectorFeature>();
        while (true)
        {
            // No next feature is the end of the layer, or a read error: only GDAL's error state tells them apart.
            GdalNative.CPLErrorReset();
            using var feature = layer.NextFeature();
            if (feature.IsInvalid)
            {
                if (GdalNative.CPLGetLastErrorType() >= GdalNative.CE_Failure)
                {
                    throw new GdalException($"cannot read the features of {path}: {GdalNative.LastError().ReplaceLineEndings(" ")}");
                }

                return features;
            }

            features.Add(ReadFeature(feature, path));
        }
    }

    private static VectorFeature ReadFeature(FeatureHandle feature, string path)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        var count = GdalNative.OGR_F_GetFieldCount(feature);
        for (var i = 0; i < count; i++)
        {
            var name = Marshal.PtrToStringUTF8(GdalNative.OGR_Fld_GetNameRef(GdalNative.OGR_F_GetFieldDefnRef(feature, i))) ?? $"field{i}";
            fields[name] = GdalNative.OGR_F_IsFieldSetAndNotNull(feature, i)
                ? Marshal.PtrToStringUTF8(GdalNative.OGR_F_GetFieldAsString(feature, i))
                : null;
        }

        using var geometry = feature.Geometry();
        if (geometry.IsInvalid)
        {
            return new VectorFeature("None", false, [], fields);
        }

        // wkbFlatten: the low byte is the 2-D type; the 0x80000000 bit and the 1000s mark Z/M variants.
        var rawType = GdalNative.OGR_G_GetGeometryType(geometry);
        var flat = (rawType & 0xff) % 1000;
        var typeName = flat < s_typeNames.Length ? s_typeNames[flat] : $"type{flat}";
        var positions = new List<(double, double, double)>();
        AddPositions(geometry, positions, path);
        return new VectorFeature(typeName, GdalNative.OGR_G_Is3D(geometry), positions, fields);
    }

    /// <summary>The vertices of <paramref name="geometry"/>, those of its parts in order for a multi-geometry.</summary>
    private static void AddPositions(GeometryHandle geometry, List<(double, double, double)> positions, string path)
    {
        var parts = GdalNative.OGR_G_GetGeometryCount(geometry);
        for (var part = 0; part < parts; part++)
        {
            using var child = geometry.Part(part);
            if (child.IsInvalid)
            {
                throw new GdalException(FormattableString.Invariant($"cannot read part {part} of a geometry in {path}"));
            }

            AddPositions(child, positions, path);
        }

        var points = GdalNative.OGR_G_GetPointCount(geometry);
        for (var i = 0; i < points; i++)
        {
            positions.Add((GdalNative.OGR_G_GetX(geometry, i), GdalNative.OGR_G_GetY(geometry, i), GdalNative.OGR_G_GetZ(geometry, i)));
        }
    }
}
