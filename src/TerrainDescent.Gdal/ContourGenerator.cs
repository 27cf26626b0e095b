using System.Globalization;
using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal;

/// <summary>
/// Contour lines of a grid of samples by GDAL's contour algorithm (<c>GDALContourGenerateEx</c>, the library behind
/// gdal_contour): the grid becomes a one-band MEM raster, the lines are written into an in-memory OGR layer
/// (driver "Memory") and read back. Each sample is the value at its pixel centre; GDAL interpolates linearly along
/// the edges between neighbouring centres, so every vertex lies on such an edge at exactly its level.
/// </summary>
public static class ContourGenerator
{
    /// <summary>The value that marks a missing sample in <see cref="Trace"/>'s grid.</summary>
    public const float NoData = -32768f;

    /// <summary>
    /// The lines every <paramref name="intervalMetres"/> (levels at whole multiples of it) through
    /// <paramref name="samples"/>: <paramref name="width"/> × <paramref name="height"/> values, rows north first,
    /// sample (column, row) at x = <paramref name="firstX"/> + column·<paramref name="stepX"/>,
    /// y = <paramref name="firstY"/> − row·<paramref name="stepY"/>; <see cref="NoData"/> or NaN are voids, which no
    /// line crosses. Stops with <see cref="GdalException"/> once the lines hold more than
    /// <paramref name="maxVertices"/> vertices in all.
    /// </summary>
    public static IReadOnlyList<ContourLine> Trace(float[] samples, int width, int height, double firstX, double firstY, double stepX, double stepY, double intervalMetres, long maxVertices)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 2);
        ArgumentOutOfRangeException.ThrowIfNotEqual(samples.Length, width * height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(intervalMetres);
        GdalLibrary.EnsureInitialised();
        using var raster = GdalNative.GDALCreate(GdalNative.GDALGetDriverByName("MEM"), string.Empty, width, height, 1, GdalNative.GDT_Float32, IntPtr.Zero);
        Check(!raster.IsInvalid, "cannot create the contour grid");

        // Pixel centres on the samples: the raster's corner is half a step before the first sample.
        Check(GdalNative.GDALSetGeoTransform(raster, [firstX - (0.5 * stepX), stepX, 0, firstY + (0.5 * stepY), 0, -stepY]) == 0, "cannot place the contour grid");
        using var band = raster.Band(1);
        Check(!band.IsInvalid, "the contour grid has no band");
        var grid = Array.ConvertAll(samples, s => float.IsNaN(s) ? NoData : s);
        Check(GdalNative.GDALRasterIO(band, GdalNative.GF_Write, 0, 0, width, height, grid, width, height, GdalNative.GDT_Float32, 0, 0) == 0, "cannot fill the contour grid");

        using var vectors = GdalNative.GDALCreate(GdalNative.GDALGetDriverByName("Memory"), string.Empty, 0, 0, 0, GdalContourNative.GDT_Unknown, IntPtr.Zero);
        Check(!vectors.IsInvalid, "cannot create the contour layer");
        using var layer = new LayerHandle(GdalContourNative.GDALDatasetCreateLayer(vectors, "contours", IntPtr.Zero, GdalContourNative.WkbLineString, IntPtr.Zero), vectors);
        Check(!layer.IsInvalid, "cannot create the contour layer");
        AddField(layer, "id", GdalContourNative.OFTInteger);
        AddField(layer, "elevation", GdalContourNative.OFTReal);
        using var options = GdalNative.StringList(
        [
            string.Create(CultureInfo.InvariantCulture, $"LEVEL_INTERVAL={intervalMetres:R}"),
            "LEVEL_BASE=0",
            "ID_FIELD=0",
            "ELEV_FIELD=1",
            string.Create(CultureInfo.InvariantCulture, $"NODATA={NoData:R}"),
        ]);
        GdalNative.CPLErrorReset();
        Check(GdalContourNative.GDALContourGenerateEx(band, layer, options, IntPtr.Zero, IntPtr.Zero) == 0, "contouring failed");
        var lastX = firstX + ((width - 1) * stepX);
        var lastY = firstY - ((height - 1) * stepY);
        return ReadLines(layer, maxVertices, (Math.Min(firstX, lastX), Math.Max(firstX, lastX), Math.Min(firstY, lastY), Math.Max(firstY, lastY), 1e-6 * Math.Min(stepX, stepY)));
    }

    /// <summary>
    /// The layer's lines, each cut to the rectangle of the samples: GDAL carries a line on to the raster's edge, half a
    /// step beyond the outermost samples, where no sample says what the surface does, so those vertices are dropped
    /// (a line that leaves the rectangle and comes back becomes two).
    /// </summary>
    private static List<ContourLine> ReadLines(LayerHandle layer, long maxVertices, (double West, double East, double South, double North, double Slack) samples)
    {
        var lines = new List<ContourLine>();
        long vertices = 0;
        GdalNative.OGR_L_ResetReading(layer);
        while (true)
        {
            using var feature = layer.NextFeature();
            if (feature.IsInvalid)
            {
                break;
            }

            using var geometry = feature.Geometry();
            var count = geometry.IsInvalid ? 0 : GdalNative.OGR_G_GetPointCount(geometry);
            if (count < 2)
            {
                continue;
            }

            vertices += count;
            if (vertices > maxVertices)
            {
                throw new ContourLimitException(maxVertices);
            }

            var x = new double[count];
            var y = new double[count];
            GdalContourNative.OGR_G_GetPoints(geometry, x, sizeof(double), y, sizeof(double), IntPtr.Zero, 0);
            var elevation = GdalContourNative.OGR_F_GetFieldAsDouble(feature, 1);
            var run = 0;
            for (var i = 0; i <= count; i++)
            {
                var inside = i < count && x[i] >= samples.West - samples.Slack && x[i] <= samples.East + samples.Slack
                    && y[i] >= samples.South - samples.Slack && y[i] <= samples.North + samples.Slack;
                if (inside)
                {
                    run++;
                    continue;
                }

                if (run >= 2)
                {
                    lines.Add(new ContourLine(elevation, x[(i - run)..i], y[(i - run)..i]));
                }

                run = 0;
            }
        }

        return lines;
    }

    private static void AddField(LayerHandle layer, string name, int type)
    {
        var field = GdalContourNative.OGR_Fld_Create(name, type);
        try
        {
            Check(GdalContourNative.OGR_L_CreateField(layer, field, 1) == 0, $"cannot add the field {name}");
        }
        finally
        {
            GdalContourNative.OGR_Fld_Destroy(field);
        }
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            var reason = GdalNative.LastError();
            throw new GdalException(reason.Length > 0 ? $"{what}: {reason}" : what);
        }
    }
}
