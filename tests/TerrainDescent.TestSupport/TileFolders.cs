using System.Globalization;

namespace TerrainDescent.TestSupport;

/// <summary>Builds folders of test tiles from a real SRTM tile with gdal_translate, in a temporary folder.</summary>
public static class TileFolders
{
    /// <summary>
    /// Cuts a square tile of <paramref name="size"/> samples into 2 × 2 GeoTIFF quarters that share their middle row
    /// and column, as neighbouring SRTM tiles share their edges.
    /// </summary>
    public static string Quarters(string tile, int size)
    {
        var folder = TestData.NewTempFolder("td-quarters");
        var middle = size / 2;
        foreach (var (name, column, row) in new[] { ("nw", 0, 0), ("ne", middle, 0), ("sw", 0, middle), ("se", middle, middle) })
        {
            var width = column == 0 ? middle + 1 : size - middle;
            var height = row == 0 ? middle + 1 : size - middle;
            GdalTools.Run("gdal_translate", "-q", "-srcwin", Text(column), Text(row), Text(width), Text(height), tile, Path.Combine(folder, name + ".tif"));
        }

        return folder;
    }

    /// <summary>
    /// A K × K cluster of copies of a 1° SRTM3 tile placed side by side from (west, south), each shifted by whole
    /// degrees and sharing its edges with its neighbours; the seams between copies are fake, the samples real.
    /// </summary>
    public static string Cluster(string tile, int k, int west, int south)
    {
        var folder = TestData.NewTempFolder("td-cluster");
        const double half = 0.5 / 1200;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var (x, y) = (west + i, south + j);
                var name = string.Create(CultureInfo.InvariantCulture, $"N{y:00}W{-x:000}.tif");
                GdalTools.Run("gdal_translate", "-q", "-a_ullr", Text(x - half), Text(y + 1 + half), Text(x + 1 + half), Text(y - half), tile, Path.Combine(folder, name));
            }
        }

        return folder;
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
