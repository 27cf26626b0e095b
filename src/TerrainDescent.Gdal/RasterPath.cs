using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal;

/// <summary>
/// Turns a user's raster path into the path GDAL opens: zipped tiles through <c>/vsizip/</c> (the first raster
/// member, for archives holding several files), gzipped ones through <c>/vsigzip/</c>, other paths as they are.
/// Checks that the file exists and that an SRTM <c>.hgt</c> has one of the two valid sizes.
/// </summary>
public static class RasterPath
{
    /// <summary>Bytes of an SRTM3 tile: 1201 × 1201 big-endian int16.</summary>
    public const long Srtm3Bytes = 1201L * 1201 * 2;

    /// <summary>Bytes of an SRTM1 tile: 3601 × 3601 big-endian int16.</summary>
    public const long Srtm1Bytes = 3601L * 3601 * 2;

    private static readonly string[] s_rasterExtensions = [".hgt", ".tif", ".tiff", ".dem", ".asc", ".img", ".vrt", ".bil", ".dt2", ".dt1"];

    /// <summary>The GDAL path for <paramref name="userPath"/>; throws <see cref="GdalException"/> with a one-line reason.</summary>
    public static string Resolve(string userPath)
    {
        if (string.IsNullOrWhiteSpace(userPath))
        {
            throw new GdalException("no raster path given");
        }

        if (userPath.StartsWith("/vsi", StringComparison.Ordinal))
        {
            return userPath;
        }

        if (Directory.Exists(userPath))
        {
            throw new GdalException($"{userPath} is a folder, not a raster file");
        }

        if (!File.Exists(userPath))
        {
            throw new GdalException($"file not found: {userPath}");
        }

        var full = Path.GetFullPath(userPath);
        string gdalPath;
        if (full.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            gdalPath = "/vsizip/" + full + "/" + FirstRasterMember("/vsizip/" + full, userPath);
        }
        else if (full.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            gdalPath = "/vsigzip/" + full;
        }
        else
        {
            gdalPath = full;
        }

        CheckHgtSize(gdalPath, userPath);
        return gdalPath;
    }

    private static string FirstRasterMember(string archive, string userPath)
    {
        GdalLibrary.EnsureInitialised();
        // An unreadable archive lists nothing (a null list), which is reported as such below.
        using var list = GdalNative.VSIReadDir(archive);
        var members = GdalNative.ReadStringList(list);
        var raster = members.Order(StringComparer.Ordinal)
            .FirstOrDefault(m => s_rasterExtensions.Any(e => m.EndsWith(e, StringComparison.OrdinalIgnoreCase)));
        return raster ?? throw new GdalException(members.Count == 0
            ? $"{userPath} is not a readable zip archive"
            : $"{userPath} holds no raster file (found {string.Join(", ", members.Take(5))})");
    }

    private static void CheckHgtSize(string gdalPath, string userPath)
    {
        var name = gdalPath.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? gdalPath[..^3] : gdalPath;
        if (!name.EndsWith(".hgt", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // A corrupt gzip member fails the seek to its end; an empty one measures zero bytes.
        var bytes = SizeOf(gdalPath, userPath);
        if (bytes is null or 0 && gdalPath.StartsWith("/vsigzip/", StringComparison.Ordinal))
        {
            throw new GdalException($"{userPath} is not a readable gzip file (corrupt, or empty once unpacked)");
        }

        if (bytes is null)
        {
            throw new GdalException($"cannot measure {userPath}: {Reason(gdalPath, userPath, "seeking to its end failed")}");
        }

        if (bytes != Srtm3Bytes && bytes != Srtm1Bytes)
        {
            throw new GdalException(FormattableString.Invariant(
                $"{userPath} is {bytes:N0} bytes; an SRTM .hgt tile must be {Srtm3Bytes:N0} bytes (SRTM3, 1201×1201) or {Srtm1Bytes:N0} bytes (SRTM1, 3601×3601)"));
        }
    }

    /// <summary>The bytes of the file at <paramref name="gdalPath"/> (unpacked, for /vsigzip/); null when seeking to its end fails.</summary>
    private static long? SizeOf(string gdalPath, string userPath)
    {
        GdalLibrary.EnsureInitialised();
        GdalNative.CPLErrorReset();
        using var file = GdalNative.VSIFOpenL(gdalPath, "rb");
        if (file.IsInvalid)
        {
            throw new GdalException($"cannot open {userPath}: {Reason(gdalPath, userPath, "the file or its archive is not readable")}");
        }

        const int seekEnd = 2;
        return GdalNative.VSIFSeekL(file, 0, seekEnd) == 0 ? (long)GdalNative.VSIFTellL(file) : null;
    }

    /// <summary>GDAL's last error with the user's path for GDAL's, or <paramref name="fallback"/> when GDAL gave none.</summary>
    private static string Reason(string gdalPath, string userPath, string fallback)
    {
        var reason = GdalNative.LastError();
        return string.IsNullOrWhiteSpace(reason)
            ? fallback
            : reason.ReplaceLineEndings(" ").Replace(gdalPath, userPath, StringComparison.Ordinal).TrimEnd(':', ' ');
    }
}
