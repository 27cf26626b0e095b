using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Rendering;

/// <summary>
/// The terrain under each pixel of a view: the elevation and the engine's metric slopes at the pixel's centre,
/// from the finest surface with data there (NaN off the data and in voids). Read once, painted by every raster layer.
/// </summary>
public sealed class TerrainSamples
{
    private TerrainSamples(int width, int height, float[] elevations, float[] east, float[] north)
    {
        (Width, Height, ElevationsMetres, EastSlopes, NorthSlopes) = (width, height, elevations, east, north);
        var valid = elevations.Where(float.IsFinite).DefaultIfEmpty(float.NaN).ToArray();
        (MinimumMetres, MaximumMetres) = (valid.Min(), valid.Max());
    }

    /// <summary>Picture width, pixels.</summary>
    public int Width { get; }

    /// <summary>Picture height, pixels.</summary>
    public int Height { get; }

    /// <summary>Elevation under each pixel, metres, row-major from the top row; NaN where there is none.</summary>
    public float[] ElevationsMetres { get; }

    /// <summary>∂z/∂east under each pixel (metres per metre), or NaN.</summary>
    public float[] EastSlopes { get; }

    /// <summary>∂z/∂north under each pixel (metres per metre), or NaN.</summary>
    public float[] NorthSlopes { get; }

    /// <summary>Lowest elevation seen, metres; NaN when no pixel has data.</summary>
    public double MinimumMetres { get; }

    /// <summary>Highest elevation seen, metres; NaN when no pixel has data.</summary>
    public double MaximumMetres { get; }

    /// <summary>
    /// Samples <paramref name="surfaces"/> (finest first, all in the view's CRS) at every pixel centre of
    /// <paramref name="view"/>; slopes only when <paramref name="withSlopes"/> (the mask needs none).
    /// </summary>
    public static TerrainSamples Read(IMapView view, IReadOnlyList<TerrainSurface> surfaces, bool withSlopes = true)
    {
        var (width, height) = (view.Width, view.Height);
        var elevations = new float[width * height];
        var east = new float[width * height];
        var north = new float[width * height];
        Array.Fill(elevations, float.NaN);
        Array.Fill(east, float.NaN);
        Array.Fill(north, float.NaN);
        Parallel.For(0, height, new ParallelOptions { MaxDegreeOfParallelism = 2 }, py =>
        {
            var readers = surfaces.Select(s => s.OpenReader()).ToArray();
            try
            {
                for (var px = 0; px < width; px++)
                {
                    var (x, y) = view.CrsAt(px + 0.5, py + 0.5);
                    for (var l = 0; l < surfaces.Count; l++)
                    {
                        var lattice = surfaces[l].Lattice;
                        var (u, v) = (lattice.UOf(x), lattice.VOf(y));
                        var elevation = readers[l].ElevationAt(u, v);
                        if (double.IsNaN(elevation))
                        {
                            continue;
                        }

                        var i = py * width + px;
                        elevations[i] = (float)elevation;
                        if (withSlopes)
                        {
                            var (slopeEast, slopeNorth) = readers[l].GradientAt(u, v);
                            (east[i], north[i]) = ((float)slopeEast, (float)slopeNorth);
                        }

                        break;
                    }
                }
            }
            finally
            {
                foreach (var reader in readers)
                {
                    reader.Dispose();
                }
            }
        });

        return new TerrainSamples(width, height, elevations, east, north);
    }
}
