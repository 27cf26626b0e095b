using System.Text.Json;
using System.Text.Json.Serialization;
using TerrainDescent.Core.Descent;

namespace TerrainDescent.Cluster;

/// <summary>
/// <see cref="DescentOptions"/> as JSON for a <see cref="ClusterBatchSpec"/>: every double round-trips exactly
/// (shortest round-trip form), infinities and NaN as named literals, so a silo descends with the very same options.
/// </summary>
public static class DescentOptionsJson
{
    private static readonly JsonSerializerOptions Options = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>The JSON of <paramref name="options"/>.</summary>
    public static string Write(DescentOptions options) => JsonSerializer.Serialize(options, Options);

    /// <summary>The options of <paramref name="json"/>.</summary>
    public static DescentOptions Read(string json) => JsonSerializer.Deserialize<DescentOptions>(json, Options) ?? new DescentOptions();
}
