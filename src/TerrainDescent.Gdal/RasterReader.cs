using System.Numerics;
using System.Runtime.InteropServices;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal;

/// <summary>
/// Reads band 1 of any raster GDAL opens (SRTM .hgt, zipped or not, GeoTIFF, VRT, …) into an
/// <see cref="ElevationGrid"/> of float32 metres, with the band's nodata, SRTM's −32768 and ±∞ as NaN (voids).
/// </summary>
public static class RasterReader
{
    /// <summary>The SRTM void marker.</summary>
    public const float SrtmVoid = -32768f;

    /// <summary>
    /// The most samples one raster may have: 1 000 000 000 float32 samples are 4 GB, more than a machine that runs
    /// this is expected to spare; a larger raster (often a VRT declaring a huge size) is refused before any read.
    /// </summary>
    public const long MaxSamples = 1_000_000_000;

    /// <summary>Samples per read block: about 1 MB of float32, small enough to stay in cache for the void pass.</summary>
    private const int ReadBlockSamples = 256 * 1024;

    /// <summary>Loads <paramref name="userPath"/>; throws <see cref="GdalException"/> with a one-line reason.</summary>
    public static LoadedRaster Load(string userPath)
    {
        GdalLibrary.EnsureInitialised();
        var gdalPath = RasterPath.Resolve(userPath);
        using var dataset = Open(gdalPath, userPath);
        return Read(dataset, userPath, gdalPath);
    }

    /// <summary>Opens the raster at <paramref name="gdalPath"/> read-only; throws <see cref="GdalException"/> with GDAL's reason.</summary>
    internal static DatasetHandle Open(string gdalPath, string userPath)
    {
        GdalNative.CPLErrorReset();
        var dataset = GdalNative.GDALOpenEx(gdalPath, GdalNative.GDAL_OF_RASTER | GdalNative.GDAL_OF_READONLY, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
        if (dataset.IsInvalid)
        {
            var reason = Reason(GdalNative.LastError(), gdalPath, userPath);
            dataset.Dispose();
            throw new GdalException($"cannot read {userPath} as a raster: {reason}");
        }

        return dataset;
    }

    /// <summary>
    /// The size, north-up geotransform and CRS of an open raster, checked as every reader of it needs them: at least
    /// 2 × 2 samples and at most <see cref="MaxSamples"/>, no rotation, a CRS in degrees or metres. Throws
    /// <see cref="GdalException"/> with a one-line reason.
    /// </summary>
    internal static (int Width, int Height, GeoTransform Transform, string CrsWkt, CoordinateKind Kind) Describe(DatasetHandle dataset, string userPath)
    {
        if (GdalNative.GDALGetRasterCount(dataset) < 1)
        {
            throw new GdalException($"{userPath} has no raster band");
        }

        var width = GdalNative.GDALGetRasterXSize(dataset);
        var height = GdalNative.GDALGetRasterYSize(dataset);
        if (width < 2 || height < 2)
        {
            throw new GdalException(FormattableString.Invariant($"{userPath} is {width} × {height} samples; a terrain needs at least 2 × 2 to have a slope"));
        }

        if ((long)width * height > MaxSamples)
        {
            throw new GdalException(FormattableString.Invariant(
                $"{userPath} declares {width:N0} × {height:N0} samples, more than the {MaxSamples:N0} (4 GB) that can be loaded; crop or resample it first (gdal_translate -srcwin or -tr)"));
        }
        var coefficients = new double[6];
        if (GdalNative.GDALGetGeoTransform(dataset, coefficients) != 0)
        {
            throw new GdalException($"{userPath} has no geotransform: its cells cannot be placed on the ground");
        }

        if (coefficients[2] != 0 || coefficients[4] != 0)
        {
            throw new GdalException($"{userPath} has a rotated geotransform, which is not supported; warp it north-up first (gdalwarp)");
        }

        if (coefficients[1] <= 0 || coefficients[5] >= 0)
        {
            throw new GdalException($"{userPath} is not north-up (pixel width must be positive and height negative)");
        }

        var wkt = Marshal.PtrToStringUTF8(GdalNative.GDALGetProjectionRef(dataset)) ?? string.Empty;
        var kind = CrsInfo.Classify(wkt, userPath);
        return (width, height, new GeoTransform(coefficients[0], coefficients[1], coefficients[3], coefficients[5]), wkt, kind);
    }

    internal static LoadedRaster Read(DatasetHandle dataset, string userPath, string gdalPath)
    {
        var (width, height, transform, wkt, kind) = Describe(dataset, userPath);
        var samples = ReadBand(dataset, width, height, gdalPath, userPath);
        var driver = Marshal.PtrToStringUTF8(GdalNative.GDALGetDriverShortName(GdalNative.GDALGetDatasetDriver(dataset))) ?? "";
        var grid = new ElevationGrid(width, height, samples, transform, kind, Path.GetFileName(userPath));
        return new LoadedRaster(grid, wkt, driver, gdalPath);
    }

    /// <summary>
    /// Reads band 1 of the raster at <paramref name="gdalPath"/> (a tile catalogued before) as float32 metres with
    /// voids as NaN; checks that it still has the catalogued size.
    /// </summary>
    public static float[] ReadSamples(string gdalPath, string userPath, int width, int height, float[]? recycled = null)
    {
        GdalLibrary.EnsureInitialised();
        using var dataset = Open(gdalPath, userPath);
        if (GdalNative.GDALGetRasterXSize(dataset) != width || GdalNative.GDALGetRasterYSize(dataset) != height)
        {
            throw new GdalException($"{userPath} changed size since it was catalogued");
        }

        return ReadBand(dataset, width, height, gdalPath, userPath, recycled);
    }

    private static float[] ReadBand(DatasetHandle dataset, int width, int height, string gdalPath, string userPath, float[]? recycled = null)
    {
        using var band = dataset.Band(1);
        if (band.IsInvalid)
        {
            throw new GdalException($"cannot read the samples of {userPath}: {Reason(GdalNative.LastError(), gdalPath, userPath)}");
        }

        var noData = (float)GdalNative.GDALGetRasterNoDataValue(band, out var hasNoData);
        var samples = recycled is not null && recycled.Length == width * height ? recycled : GC.AllocateUninitializedArray<float>(checked(width * height));

        // Read in blocks of rows and mark voids while each block is still in cache, instead of a second pass.
        var rowsPerBlock = Math.Max(1, ReadBlockSamples / width);
        for (var row = 0; row < height; row += rowsPerBlock)
        {
            var rows = Math.Min(rowsPerBlock, height - row);
            GdalNative.CPLErrorReset();
            if (GdalNative.GDALRasterIOInto(band, GdalNative.GF_Read, 0, row, width, rows, ref samples[row * width], width, rows, GdalNative.GDT_Float32, 0, 0) != 0)
            {
                throw new GdalException($"cannot read the samples of {userPath}: {Reason(GdalNative.LastError(), gdalPath, userPath)}");
            }

            MarkVoids(samples.AsSpan(row * width, rows * width), hasNoData != 0 ? noData : SrtmVoid);
        }

        return samples;
    }

    /// <summary>Replaces the nodata value, SRTM's −32768 and ±∞ with NaN, in place; SIMD over the bulk of the samples.</summary>
    private static void MarkVoids(Span<float> samples, float noData)
    {
        var lanes = Vector<float>.Count;
        var noDataLanes = new Vector<float>(noData);
        var srtmLanes = new Vector<float>(SrtmVoid);
        var positiveInfinityLanes = new Vector<float>(float.PositiveInfinity);
        var negativeInfinityLanes = new Vector<float>(float.NegativeInfinity);
        var nanLanes = new Vector<float>(float.NaN);
        var i = 0;
        for (; i + lanes <= samples.Length; i += lanes)
        {
            var values = new Vector<float>(samples[i..]);
            var isVoid = Vector.Equals(values, noDataLanes) | Vector.Equals(values, srtmLanes)
                | Vector.Equals(values, positiveInfinityLanes) | Vector.Equals(values, negativeInfinityLanes);
            if (!Vector.EqualsAll(isVoid, Vector<int>.Zero))
            {
                Vector.ConditionalSelect(isVoid, nanLanes, values).CopyTo(samples[i..]);
            }
        }

        for (; i < samples.Length; i++)
        {
            if (samples[i] == noData || samples[i] == SrtmVoid || float.IsInfinity(samples[i]))
            {
                samples[i] = float.NaN;
            }
        }
    }

    /// <summary>GDAL's reason in the user's terms: their path for GDAL's virtual one, a sentence for an empty message.</summary>
    internal static string Reason(string gdalMessage, string gdalPath, string userPath)
    {
        var reason = gdalMessage.ReplaceLineEndings(" ").Replace(gdalPath, userPath, StringComparison.Ordinal).Trim().TrimEnd(':').Trim();
        return reason.Length == 0 || reason == userPath
            ? "not a raster format that can be read (expected SRTM .hgt, GeoTIFF, VRT, …), or the file is damaged"
            : reason;
    }
}
