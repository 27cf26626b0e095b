using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal;

/// <summary>
/// Converts between a raster's CRS and WGS84 longitude/latitude (RFC 7946 axis order) through GDAL's OSR.
/// Geographic rasters are taken as WGS84 already (SRTM is), so both directions are the identity;
/// projected ones are transformed. Not thread-safe: create one per thread or writer.
/// </summary>
public sealed class Wgs84Transformer : IDisposable
{
    private readonly IntPtr _toWgs84;
    private readonly IntPtr _fromWgs84;

    private Wgs84Transformer(IntPtr toWgs84, IntPtr fromWgs84)
    {
        _toWgs84 = toWgs84;
        _fromWgs84 = fromWgs84;
    }

    /// <summary>A transformer for <paramref name="raster"/>'s CRS.</summary>
    public static Wgs84Transformer For(LoadedRaster raster) => For(raster.CrsWkt, raster.Grid.Kind, raster.Grid.SourceName);

    /// <summary>
    /// A transformer for the CRS <paramref name="crsWkt"/> of kind <paramref name="kind"/>, before any sample is read;
    /// <paramref name="sourceName"/> names the raster in messages.
    /// </summary>
    public static Wgs84Transformer For(string crsWkt, CoordinateKind kind, string sourceName)
    {
        if (kind == CoordinateKind.Geographic)
        {
            return new Wgs84Transformer(IntPtr.Zero, IntPtr.Zero);
        }

        GdalLibrary.EnsureInitialised();
        var source = GdalNative.OSRNewSpatialReference(crsWkt);
        var target = GdalNative.OSRNewSpatialReference(null);
        try
        {
            GdalNative.OSRImportFromEPSG(target, 4326);
            GdalNative.OSRSetAxisMappingStrategy(source, GdalNative.OAMS_TRADITIONAL_GIS_ORDER);
            GdalNative.OSRSetAxisMappingStrategy(target, GdalNative.OAMS_TRADITIONAL_GIS_ORDER);
            var forward = GdalNative.OCTNewCoordinateTransformation(source, target);
            var inverse = GdalNative.OCTNewCoordinateTransformation(target, source);
            if (forward == IntPtr.Zero || inverse == IntPtr.Zero)
            {
                throw new GdalException($"cannot transform {sourceName} to WGS84: {GdalNative.LastError()}");
            }

            return new Wgs84Transformer(forward, inverse);
        }
        finally
        {
            GdalNative.OSRDestroySpatialReference(source);
            GdalNative.OSRDestroySpatialReference(target);
        }
    }

    /// <summary>(longitude, latitude) in degrees of the CRS position (x, y).</summary>
    public (double Longitude, double Latitude) ToLonLat(double x, double y) => Apply(_toWgs84, x, y);

    /// <summary>The CRS position (x, y) of WGS84 (longitude, latitude).</summary>
    public (double X, double Y) FromLonLat(double longitude, double latitude) => Apply(_fromWgs84, longitude, latitude);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_toWgs84 != IntPtr.Zero)
        {
            GdalNative.OCTDestroyCoordinateTransformation(_toWgs84);
            GdalNative.OCTDestroyCoordinateTransformation(_fromWgs84);
        }
    }

    private static (double, double) Apply(IntPtr transformation, double x, double y)
    {
        if (transformation == IntPtr.Zero)
        {
            return (x, y);
        }

        double[] xs = [x];
        double[] ys = [y];
        if (GdalNative.OCTTransform(transformation, 1, xs, ys, null) == 0)
        {
            throw new GdalException(FormattableString.Invariant($"cannot transform ({x}, {y}) between the raster's CRS and WGS84"));
        }

        return (xs[0], ys[0]);
    }
}
