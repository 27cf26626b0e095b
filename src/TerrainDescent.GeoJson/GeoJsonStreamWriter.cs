using System.Text.Json;

namespace TerrainDescent.GeoJson;

/// <summary>
/// Writes a FeatureCollection to a stream one feature at a time, as the features become available, so a collection
/// of any size is never held in memory. The bytes are those <see cref="GeoJsonWriter.Write"/> writes for the same
/// features. Call <see cref="Finish"/> to close the collection; disposing without it leaves it unterminated.
/// </summary>
public sealed class GeoJsonStreamWriter : IDisposable
{
    private const int FlushBytes = 1 << 16;
    private readonly Utf8JsonWriter _json;
    private bool _finished;

    /// <summary>Opens the collection on <paramref name="stream"/>, named <paramref name="collectionName"/> when given.</summary>
    public GeoJsonStreamWriter(Stream stream, string? collectionName = null)
    {
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        _json.WriteStartObject();
        _json.WriteString("type", "FeatureCollection");
        if (collectionName is not null)
        {
            _json.WriteString("name", collectionName);
        }

        _json.WriteStartArray("features");
    }

    /// <summary>How many features have been written.</summary>
    public int Count { get; private set; }

    /// <summary>Appends <paramref name="feature"/>.</summary>
    public void Write(GeoJsonFeature feature)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        GeoJsonWriter.WriteFeature(_json, feature);
        Count++;
    }

    /// <summary>
    /// Appends a feature already written by <see cref="GeoJsonWriter.FeatureBytes"/> (for example in a part file
    /// of a sharded batch); the collection's bytes are those <see cref="Write"/> gives for the same feature.
    /// </summary>
    public void WriteRaw(ReadOnlySpan<byte> featureJson)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _json.WriteRawValue(featureJson, skipInputValidation: true);
        if (_json.BytesPending > FlushBytes)
        {
            _json.Flush(); // keep the writer's buffer small instead of holding the whole collection
        }

        Count++;
    }

    /// <summary>Closes the collection and flushes everything to the stream.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _finished = true;
    }

    /// <inheritdoc />
    public void Dispose() => _json.Dispose();
}
