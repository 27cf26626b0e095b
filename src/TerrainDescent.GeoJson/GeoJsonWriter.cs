using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using TerrainDescent.Core.IO;

namespace TerrainDescent.GeoJson;

/// <summary>
/// Writes an RFC 7946 FeatureCollection: WGS84 longitude, latitude (at most 7 decimals, about 1 cm) and
/// elevation (2 decimals) per position, Point and LineString geometries, flat properties so that QGIS and
/// OGR show each as a column. Output is byte-for-byte deterministic for the same input.
/// </summary>
public static class GeoJsonWriter
{
    /// <summary>Decimal places of longitude and latitude.</summary>
    public const int CoordinateDecimals = 7;

    /// <summary>Decimal places of elevations and other measures in metres.</summary>
    public const int MetreDecimals = 2;

    private const int FlushBytes = 1 << 16;

    /// <summary>Writes the collection to <paramref name="path"/> atomically.</summary>
    public static void WriteFile(string path, IEnumerable<GeoJsonFeature> features, string? collectionName = null) =>
        AtomicFile.Write(path, stream => Write(stream, features, collectionName));

    /// <summary>Writes the collection to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IEnumerable<GeoJsonFeature> features, string? collectionName = null)
    {
        using var writer = new GeoJsonStreamWriter(stream, collectionName);
        foreach (var feature in features)
        {
            writer.Write(feature);
        }

        writer.Finish();
    }

    /// <summary>
    /// The UTF-8 bytes of one Feature object, exactly as <see cref="GeoJsonStreamWriter.Write"/> writes it into a
    /// collection (without the separating comma): what <see cref="GeoJsonStreamWriter.WriteRaw"/> takes.
    /// </summary>
    public static byte[] FeatureBytes(GeoJsonFeature feature)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            WriteFeature(json, feature);
            json.Flush();
        }

        return buffer.ToArray();
    }

    /// <summary>Writes one Feature object (for <see cref="GeoJsonStreamWriter"/>), flushing when the buffer grows.</summary>
    internal static void WriteFeature(Utf8JsonWriter json, GeoJsonFeature feature)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WritePropertyName("properties");
        WriteProperties(json, feature.Properties);
        json.WritePropertyName("geometry");
        WriteGeometry(json, feature.Geometry);
        json.WriteEndObject();
        if (json.BytesPending > FlushBytes)
        {
            json.Flush(); // keep the writer's buffer small instead of holding the whole collection
        }
    }

    private static void WriteProperties(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<string, object?>> properties)
    {
        json.WriteStartObject();
        foreach (var (name, value) in properties)
        {
            json.WritePropertyName(name);
            switch (value)
            {
                case null:
                    json.WriteNullValue();
                    break;
                case string text:
                    json.WriteStringValue(text);
                    break;
                case bool flag:
                    json.WriteBooleanValue(flag);
                    break;
                case int or long:
                    json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    break;
                case double number when !double.IsFinite(number):
                    json.WriteNullValue();
                    break;
                case double number:
                    json.WriteNumberValue(number);
                    break;
                default:
                    json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }

        json.WriteEndObject();
    }

    private static void WriteGeometry(Utf8JsonWriter json, Geometry geometry)
    {
        json.WriteStartObject();
        switch (geometry)
        {
            case Point point:
                json.WriteString("type", "Point");
                json.WritePropertyName("coordinates");
                WritePosition(json, point.Coordinate);
                break;
            case LineString line:
                json.WriteString("type", "LineString");
                json.WriteStartArray("coordinates");
                foreach (var coordinate in line.Coordinates)
                {
                    WritePosition(json, coordinate);
                }

                json.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"GeoJSON output of {geometry.GeometryType} is not supported");
        }

        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, Coordinate coordinate)
    {
        Span<byte> text = stackalloc byte[96];
        if (FixedDecimal.TryFormatPosition(coordinate.X, coordinate.Y, coordinate.Z, CoordinateDecimals, MetreDecimals, text, out var length))
        {
            json.WriteRawValue(text[..length], skipInputValidation: true);
            return;
        }

        json.WriteStartArray();
        json.WriteNumberValue(Math.Round(coordinate.X, CoordinateDecimals));
        json.WriteNumberValue(Math.Round(coordinate.Y, CoordinateDecimals));
        if (!double.IsNaN(coordinate.Z))
        {
            json.WriteNumberValue(Math.Round(coordinate.Z, MetreDecimals));
        }

        json.WriteEndArray();
    }
}
