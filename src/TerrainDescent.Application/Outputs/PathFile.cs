using TerrainDescent.Core.IO;
using TerrainDescent.Gdal;

namespace TerrainDescent.Application.Outputs;

/// <summary>
/// Writes a command's paths in the format its <c>--out</c> extension names: <c>.gpx</c> (GPX 1.1 tracks) or
/// <c>.gpkg</c> (GeoPackage) through GDAL, anything else (<c>.geojson</c>, standard output) as GeoJSON. GeoJSON
/// streams straight to the file; the other formats are translated from the GeoJSON in memory, then written. Every
/// format is written atomically.
/// </summary>
public static class PathFile
{
    /// <summary>The format written to <paramref name="path"/>.</summary>
    public static VectorFormat FormatOf(string path) =>
        path == AtomicFile.StandardOutput ? VectorFormat.GeoJson : VectorExport.FormatOf(path) ?? VectorFormat.GeoJson;

    /// <summary>
    /// Writes <paramref name="path"/>: <paramref name="writeGeoJson"/> writes the GeoJSON collection named
    /// <paramref name="layerName"/>; <paramref name="hasStartIds"/> names GPX tracks by start and method.
    /// </summary>
    public static void Write(string path, string layerName, bool hasStartIds, Action<Stream> writeGeoJson)
    {
        var format = FormatOf(path);
        if (format == VectorFormat.GeoJson)
        {
            AtomicFile.Write(path, writeGeoJson);
            return;
        }

        using var memory = new MemoryStream();
        writeGeoJson(memory);
        var bytes = VectorExport.FromGeoJson(memory.ToArray(), layerName, format, hasStartIds);
        AtomicFile.Write(path, stream => stream.Write(bytes));
    }
}
