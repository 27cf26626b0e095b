using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TerrainDescent.Core.Batch;
using TerrainDescent.Gdal.Tiles;

namespace TerrainDescent.Application.Batches;

/// <summary>
/// The text a part file carries to name the batch it belongs to: the tiles by name, the methods, the descent
/// options, the snap radius and simplify tolerance, and a hash of the starts (ids, positions, radii). Thread count,
/// cache size and the folders the tiles sit in are left out: they never change the output, and shards run on
/// machines with different paths and cores.
/// </summary>
public static class BatchFingerprint
{
    /// <summary>The fingerprint of running <paramref name="request"/> from <paramref name="starts"/> over <paramref name="terrain"/>.</summary>
    public static string Of(BatchRequest request, TiledTerrain terrain, IReadOnlyList<BatchStart> starts)
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // Records print their doubles in the current culture; fix it so every machine writes the same text.
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var tiles = string.Join("\n", terrain.Layers.SelectMany(l => l.Tiles).Select(t => t.Name));
            var startText = new StringBuilder();
            foreach (var start in starts)
            {
                startText.Append(start.Id).Append('\t').Append(start.X.ToString("R")).Append('\t')
                    .Append(start.Y.ToString("R")).Append('\t').Append(start.SnapRadiusMetres?.ToString("R")).Append('\n');
            }

            return string.Join(
                "; ",
                $"tiles={terrain.TileCount}:{Hash(tiles)}",
                $"missing-tiles={terrain.Layers[0].Surface.Missing}",
                $"methods={string.Join(',', request.Methods.Select(m => m.Name))}",
                $"descent={request.Batch.Descent}",
                $"snap={request.Batch.SnapRadiusMetres:R}",
                $"simplify={request.SimplifyMetres:R}",
                $"starts={starts.Count}:{Hash(startText.ToString())}");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
