using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;
using Microsoft.Win32.SafeHandles;
using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Gdal.Tiles;

/// <summary>
/// Plain (unzipped) SRTM <c>.hgt</c> tiles read directly: a square of big-endian int16 metres, row 0 at the northern
/// edge, −32768 for a void, placed on the ground by its name (N52W007: the 1° square whose south-west corner is
/// 52° N, 7° W). The description and the samples are exactly those GDAL's SRTMHGT driver gives (a test holds the two
/// to that on every tile of the shared data); zipped, gzipped or oddly named tiles still go through GDAL.
/// </summary>
/// <remarks>
/// Why not GDAL for these: a batch over .hgt tiles then never loads libgdal and its ~100 dependent libraries, nor
/// PROJ's database, and reads each tile without GDAL's block cache. Measured on 1 start × 2 methods over SRTM1
/// N48W125 (the whole process, scripts/compare-peers.sh): the fixed cost of a batch fell from 0.166 s to 0.075 s.
/// </remarks>
public static partial class HgtTiles
{
    /// <summary>The CRS GDAL reports for every SRTM tile (WGS 84, EPSG:4326), so tiles read either way still touch.</summary>
    public const string Wgs84Wkt = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";

    private const short Void = -32768;
    private const int RowsPerRead = 64;

    /// <summary>
    /// The description of the tile at <paramref name="userPath"/> when it is a plain .hgt file with an SRTM name and
    /// an SRTM1 or SRTM3 size; null otherwise (GDAL then describes it, or explains what is wrong with it).
    /// </summary>
    public static TileInfo? TryDescribe(string userPath)
    {
        if (userPath.StartsWith("/vsi", StringComparison.Ordinal) || !File.Exists(userPath))
        {
            return null;
        }

        var match = SrtmName().Match(Path.GetFileName(userPath));
        var bytes = new FileInfo(userPath).Length;
        var samples = bytes == RasterPath.Srtm1Bytes ? 3601 : bytes == RasterPath.Srtm3Bytes ? 1201 : 0;
        if (!match.Success || samples == 0)
        {
            return null;
        }

        var latitude = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) * (match.Groups[1].Value is "S" or "s" ? -1 : 1);
        var longitude = int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture) * (match.Groups[3].Value is "W" or "w" ? -1 : 1);

        // GDAL's SRTMHGT placement: sample centres on whole degrees, so the raster's edges sit half a sample outside.
        var step = 1.0 / (samples - 1);
        var transform = new GeoTransform(longitude - 0.5 / (samples - 1), step, latitude + 1 + 0.5 / (samples - 1), -step);
        var fullPath = Path.GetFullPath(userPath);
        return new TileInfo(userPath, fullPath, samples, samples, transform, Wgs84Wkt, CoordinateKind.Geographic) { ReadsDirectly = true };
    }

    /// <summary>
    /// The samples of the tile at <paramref name="path"/>, <paramref name="width"/> × <paramref name="height"/>, as
    /// float32 metres with voids as NaN, row-major from the north; checks that it still has that size.
    /// </summary>
    public static float[] Read(string path, string userPath, int width, int height, float[]? recycled = null)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        if (RandomAccess.GetLength(file) != 2L * width * height)
        {
            throw new GdalException($"{userPath} changed size since it was catalogued");
        }

        var samples = recycled;
        if (samples is null || samples.Length != width * height)
        {
            samples = GC.AllocateUninitializedArray<float>(checked(width * height));
            HugePages.Advise(samples);
        }

        try
        {
            ReadBands(file, userPath, width, height, samples);
        }
        catch (AggregateException e)
        {
            // The band's own error (a tile that shrank under us, an I/O error), not the loop's wrapper.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return samples;
    }

    /// <summary>
    /// Reads and converts the tile in bands of <see cref="RowsPerRead"/> rows, on every core at once: most of a tile's
    /// load is the kernel handing over fresh pages for the float array, which scales with cores.
    /// </summary>
    private static void ReadBands(SafeFileHandle file, string userPath, int width, int height, float[] samples)
    {
        var bands = (height + RowsPerRead - 1) / RowsPerRead;
        Parallel.For(0, bands, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, band =>
        {
            var row = band * RowsPerRead;
            var count = Math.Min(RowsPerRead, height - row) * width;
            var buffer = ArrayPool<short>.Shared.Rent(count);
            try
            {
                var raw = buffer.AsSpan(0, count);
                var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(raw);
                var offset = 2L * row * width;
                for (var read = 0; read < bytes.Length;)
                {
                    var n = RandomAccess.Read(file, bytes[read..], offset + read);
                    read += n > 0 ? n : throw new GdalException($"{userPath} ended early: it changed since it was catalogued");
                }

                if (BitConverter.IsLittleEndian)
                {
                    BinaryPrimitives.ReverseEndianness(raw, raw);
                }

                Convert(raw, samples.AsSpan(row * width, count));
            }
            finally
            {
                ArrayPool<short>.Shared.Return(buffer);
            }
        });
    }

    /// <summary>int16 metres to float32, −32768 to NaN; SIMD over the bulk.</summary>
    private static void Convert(ReadOnlySpan<short> raw, Span<float> samples)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var voids = new Vector<int>(Void);
            var nan = new Vector<float>(float.NaN);
            for (; i + Vector<short>.Count <= raw.Length; i += Vector<short>.Count)
            {
                Vector.Widen(new Vector<short>(raw[i..]), out var low, out var high);
                Vector.ConditionalSelect(Vector.Equals(low, voids), nan, Vector.ConvertToSingle(low)).CopyTo(samples[i..]);
                Vector.ConditionalSelect(Vector.Equals(high, voids), nan, Vector.ConvertToSingle(high)).CopyTo(samples[(i + Vector<int>.Count)..]);
            }
        }

        for (; i < raw.Length; i++)
        {
            samples[i] = raw[i] == Void ? float.NaN : raw[i];
        }
    }

    [GeneratedRegex("^([NSns])([0-9]{2})([EWew])([0-9]{3})\\.hgt$")]
    private static partial Regex SrtmName();
}
