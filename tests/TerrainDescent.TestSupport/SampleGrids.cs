using TerrainDescent.Core.Terrain;

namespace TerrainDescent.TestSupport;

/// <summary>Builds grids from explicit samples, for tests that need exact ties, voids or hand-placed values.</summary>
public static class SampleGrids
{
    /// <summary>
    /// A projected grid of <paramref name="width"/> columns over <paramref name="samples"/> (row-major from the top
    /// row, NaN for voids), each sample <paramref name="cellMetres"/> metres apart, sample (0, 0) at the top-left.
    /// </summary>
    public static ElevationGrid FromSamples(int width, float[] samples, double cellMetres = 10.0)
    {
        var height = samples.Length / width;
        var transform = new GeoTransform(-0.5 * cellMetres, cellMetres, (height - 0.5) * cellMetres, -cellMetres);
        return new ElevationGrid(width, height, samples, transform, CoordinateKind.ProjectedMetres, "samples");
    }

    /// <summary>A copy of <paramref name="grid"/> with NaN wherever <paramref name="isVoid"/>(row, column) holds.</summary>
    public static ElevationGrid WithVoids(ElevationGrid grid, Func<int, int, bool> isVoid)
    {
        var samples = grid.Elevations.ToArray();
        for (var row = 0; row < grid.Height; row++)
        {
            for (var column = 0; column < grid.Width; column++)
            {
                if (isVoid(row, column))
                {
                    samples[row * grid.Width + column] = float.NaN;
                }
            }
        }

        return new ElevationGrid(grid.Width, grid.Height, samples, grid.Transform, grid.Kind, grid.SourceName);
    }

    /// <summary>
    /// A deterministic pseudo-random grid of whole-metre elevations in [0, <paramref name="levels"/>) with a share
    /// <paramref name="voidShare"/> of voids: many ties and plateaus, for checking against a brute-force reference.
    /// </summary>
    public static ElevationGrid Random(int width, int height, int seed, int levels = 10, double voidShare = 0.05)
    {
        var random = new Random(seed);
        var samples = new float[width * height];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = random.NextDouble() < voidShare ? float.NaN : random.Next(levels);
        }

        return FromSamples(width, samples);
    }
}
