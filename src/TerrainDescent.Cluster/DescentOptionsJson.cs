using System.Text.Json;
using System.Text.Json.Serialization;
using TerrainDescent.Core.Descent;

namespace TerrainDescent.Cluster;

/// <summary>
/// <see cref="DescentOptions"/> as JSON for a <see cref="ClusterBatchSpec"/>: every double round-trips exactly
/// (shortest round-trip form), infinities and NaN as named literals, so a silo descends with the very same options.
/// Serialised through a source-generated context, so no reflection is needed at run time.
/// </summary>
public static class DescentOptionsJson
{
    /// <summary>The JSON of <paramref name="options"/>.</summary>
    public static string Write(DescentOptions options) => JsonSerializer.Serialize(options, DescentOptionsJsonContext.Default.DescentOptions);

    /// <summary>The options of <paramref name="json"/>.</summary>
    public static DescentOptions Read(string json) => JsonSerializer.Deserialize(json, DescentOptionsJsonContext.Default.DescentOptions) ?? new DescentOptions();
}

/// <summary>The source-generated serialiser of <see cref="DescentOptions"/>, with named floating-point literals.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(DescentOptions))]
internal sealed partial class DescentOptionsJsonContext : JsonSerializerContext
{
}
