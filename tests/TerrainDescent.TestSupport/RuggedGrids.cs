using TerrainDescent.Core.Terrain;

namespace TerrainDescent.TestSupport;

/// <summary>
/// Large terrain-like grids for timing: whole-metre elevations from a few octaves of waves plus ±1 m noise, so they
/// have ranges, cols, thousands of small tops and many ties, as SRTM tiles do. Deterministic for a seed.
/// </summary>
public static class RuggedGrids
{
    /// <summary>An SRTM1-sized grid: 3601 × 3601 samples.</summary>
    public const int Srtm1Size = 3601;

    /// <summary>A projected grid of <paramref name="size"/>² samples 30 m apart (about SRTM1 spacing).</summary>
    public static ElevationGrid Create(int size = Srtm1Size, int seed = 1)
    {
        var random = new Random(seed);
        var samples = new float[size * size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                var metres = 800
                    + 400 * Math.Sin(row / 300.0) * Math.Cos(column / 250.0)
                    + 150 * Math.Sin(row / 37.0 + column / 53.0)
                    + 30 * Math.Sin(column / 7.0) * Math.Cos(row / 9.0)
                    + random.Next(-1, 2);
                samples[row * size + column] = MathF.Round((float)metres);
            }
        }

        var transform = new GeoTransform(0, 30, size * 30.0, -30);
        return new ElevationGrid(size, size, samples, transform, CoordinateKind.ProjectedMetres, "rugged");
    }
}
