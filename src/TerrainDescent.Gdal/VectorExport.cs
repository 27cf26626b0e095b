using System.Runtime.InteropServices;
using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal;

/// <summary>
/// Turns a GeoJSON collection of paths (as this product writes them) into GPX 1.1 or GeoPackage with GDAL's
/// vector translation (the library behind ogr2ogr), entirely in GDAL's memory file system. GPX gets one
/// <c>&lt;trk&gt;</c> per path (FORCE_GPX_TRACK), its name the method (and the start id in a batch), its
/// <c>&lt;desc&gt;</c> the ascent and descent with their threshold, and every property as a GPX extension, so
/// nothing the GeoJSON carries is lost. GeoPackage keeps every property as a column of the layer <c>paths</c>.
/// </summary>
public static class VectorExport
{
    /// <summary>The format of an output path by its extension (case-insensitive); null for any other extension.</summary>
    public static VectorFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".geojson" or ".json" => VectorFormat.GeoJson,
        ".gpx" => VectorFormat.Gpx,
        ".gpkg" => VectorFormat.GeoPackage,
        _ => null,
    };

    /// <summary>
    /// The bytes of <paramref name="geoJson"/> (a FeatureCollection whose <c>name</c> is <paramref name="layerName"/>,
    /// with <c>method</c>, <c>ascent_m</c>, <c>descent_m</c> and <c>climb_threshold_m</c> on every feature, and
    /// <c>start_id</c> when <paramref name="hasStartIds"/>) in <paramref name="format"/>, which is not GeoJSON.
    /// Throws <see cref="GdalException"/> with GDAL's reason when the translation fails.
    /// </summary>
    public static byte[] FromGeoJson(byte[] geoJson, string layerName, VectorFormat format, bool hasStartIds = false)
    {
        if (format == VectorFormat.GeoJson)
        {
            throw new ArgumentException("GeoJSON needs no translation", nameof(format));
        }

        GdalLibrary.EnsureInitialised();
        var id = Guid.NewGuid().ToString("N");
        var source = $"/vsimem/td-export-{id}.geojson";
        var target = $"/vsimem/td-export-{id}" + (format == VectorFormat.Gpx ? ".gpx" : ".gpkg");
        try
        {
            WriteMemoryFile(source, geoJson);
            Translate(source, target, Arguments(layerName, format, hasStartIds));
            return ReadMemoryFile(target);
        }
        finally
        {
            // Either file may not exist when a step failed, so there is nothing to report from the unlinks.
            GdalNative.VSIUnlink(source);
            GdalNative.VSIUnlink(target);
        }
    }

    private static string[] Arguments(string layerName, VectorFormat format, bool hasStartIds)
    {
        if (format == VectorFormat.GeoPackage)
        {
            return ["-f", "GPKG", "-nln", "paths"];
        }

        // GPX's own <name> and <desc> from the properties (OGR SQL); the rest become <extensions>.
        var name = hasStartIds ? "CONCAT(start_id, ' ', method)" : "method";
        var description = "CONCAT('ascent ', CAST(ascent_m AS character(32)), ' m, descent ', CAST(descent_m AS character(32)), "
            + "' m (counted beyond ', CAST(climb_threshold_m AS character(32)), ' m)')";
        var sql = $"SELECT {name} AS name, {description} AS \"desc\", * FROM \"{layerName.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        return ["-f", "GPX", "-lco", "FORCE_GPX_TRACK=YES", "-dsco", "GPX_USE_EXTENSIONS=YES", "-sql", sql];
    }

    /// <summary>
    /// Translates the vector file <paramref name="source"/> into <paramref name="target"/> with ogr2ogr's
    /// <paramref name="arguments"/>; throws <see cref="GdalException"/> naming <paramref name="target"/> when any step fails.
    /// </summary>
    internal static void Translate(string source, string target, string[] arguments)
    {
        GdalLibrary.EnsureInitialised();
        var targetName = TargetName(target);
        GdalNative.CPLErrorReset();
        using var sourceDataset = GdalNative.GDALOpenEx(source, GdalNative.GDAL_OF_VECTOR | GdalNative.GDAL_OF_READONLY, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
        if (sourceDataset.IsInvalid)
        {
            throw new GdalException($"cannot read the paths to translate: {GdalNative.LastError()}");
        }

        using var list = GdalNative.StringList(arguments);
        using var options = GdalNative.GDALVectorTranslateOptionsNew(list, IntPtr.Zero);
        if (options.IsInvalid)
        {
            throw new GdalException($"cannot write {targetName}: the translation options were refused: {OneLine(GdalNative.LastError())}");
        }

        var added = false;
        try
        {
            // The source travels as a raw handle in an array; the reference keeps it open for the call.
            sourceDataset.DangerousAddRef(ref added);
            using var written = GdalNative.GDALVectorTranslate(target, IntPtr.Zero, 1, [sourceDataset.DangerousGetHandle()], options, out _);
            if (written.IsInvalid)
            {
                throw new GdalException($"cannot write {targetName}: {OneLine(GdalNative.LastError())}");
            }

            // Closing flushes the output; a failure then would leave it incomplete.
            if (!written.CloseChecked())
            {
                throw new GdalException($"cannot finish {targetName}: {OneLine(GdalNative.LastError())}");
            }
        }
        finally
        {
            if (added)
            {
                sourceDataset.DangerousRelease();
            }
        }
    }

    /// <summary>The target as a message names it: the format for GDAL's memory file, the path for a real file.</summary>
    private static string TargetName(string target) =>
        target.StartsWith("/vsimem/td-export-", StringComparison.Ordinal) ? Path.GetExtension(target)[1..] : target;

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    /// <summary>Writes <paramref name="bytes"/> to the GDAL file <paramref name="path"/>; throws <see cref="GdalException"/> naming it.</summary>
    internal static void WriteMemoryFile(string path, byte[] bytes)
    {
        GdalLibrary.EnsureInitialised();
        GdalNative.CPLErrorReset();
        GdalNative.VSIErrorReset();
        using var file = GdalNative.VSIFOpenExL(path, "wb", setError: true);
        if (file.IsInvalid)
        {
            // The file system's own reason (not CPL's error state), which repeats the path: "<path>: No such file or directory".
            var reason = OneLine(Marshal.PtrToStringUTF8(GdalNative.VSIGetLastErrorMsg())?.Trim() ?? "").Replace(path + ": ", "", StringComparison.Ordinal);
            throw new GdalException($"cannot create {path}: {(reason.Length > 0 ? reason : "it cannot be opened for writing")}");
        }

        if (GdalNative.VSIFWriteL(bytes, 1, (ulong)bytes.Length, file) != (ulong)bytes.Length)
        {
            throw new GdalException($"cannot write {path}: {OneLine(GdalNative.LastError())}");
        }

        if (!file.CloseChecked())
        {
            throw new GdalException($"cannot finish {path}: {OneLine(GdalNative.LastError())}");
        }
    }

    private static byte[] ReadMemoryFile(string path)
    {
        var buffer = GdalNative.VSIGetMemFileBuffer(path, out var length, 0);
        if (buffer == IntPtr.Zero)
        {
            throw new GdalException($"GDAL wrote nothing to {path}");
        }

        var bytes = new byte[checked((int)length)];
        Marshal.Copy(buffer, bytes, 0, bytes.Length);
        return bytes;
    }
}
