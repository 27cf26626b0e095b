using TerrainDescent.Core.Terrain;

namespace TerrainDescent.TestSupport;

/// <summary>Builds small analytic surfaces as grids, for tests with an exact answer.</summary>
public static class SyntheticGrids
{
    /// <summary>
    /// A projected grid (1 sample = <paramref name="cellMetres"/> metres) with elevations z(eastMetres, northMetres)
    /// measured from the top-left sample; north increases upwards (towards row 0).
    /// </summary>
    public static ElevationGrid Projected(int width, int height, double cellMetres, Func<double, double, double> elevation)
    {
        var samples = new float[width * height];
        for (var row = 0; row < height; row++)
        {
            for (var column = 0; column < width; column++)
            {
                var east = column * cellMetres;
                var north = (height - 1 - row) * cellMetres;
                samples[row * width + column] = (float)elevation(east, north);
            }
        }

        var transform = new GeoTransform(-0.5 * cellMetres, cellMetres, (height - 0.5) * cellMetres, -cellMetres);
        return new ElevationGrid(width, height, samples, transform, CoordinateKind.ProjectedMetres, "synthetic");
    }

    /// <summary>A geographic grid over the given degree box (sample centres on the box edges) with elevation z(lon, lat).</summary>
    public static ElevationGrid Geographic(int size, double west, double south, double spanDegrees, Func<double, double, double> elevation)
    {
        var cell = spanDegrees / (size - 1);
        var transform = new GeoTransform(west - 0.5 * cell, cell, south + spanDegrees + 0.5 * cell, -cell);
        var samples = new float[size * size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                samples[row * size + column] = (float)elevation(transform.X(column + 0.5), transform.Y(row + 0.5));
            }
        }

        return new ElevationGrid(size, size, samples, transform, CoordinateKind.Geographic, "synthetic-geographic");
    }
}
