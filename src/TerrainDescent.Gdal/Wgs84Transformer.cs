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
    private readonly CoordinateTransformationHandle? _toWgs84;
    private readonly CoordinateTransformationHandle? _fromWgs84;

    private Wgs84Transformer(CoordinateTransformationHandle? toWgs84, CoordinateTransformationHandle? fromWgs84)
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
            return new Wgs84Transformer(null, null);
        }

        GdalLibrary.EnsureInitialised();
        GdalNative.CPLErrorReset();
        using var source = GdalNative.OSRNewSpatialReference(crsWkt);
        using var target = GdalNative.OSRNewSpatialReference(null);
        if (source.IsInvalid || target.IsInvalid || GdalNative.OSRImportFromEPSG(target, 4326) != 0)
        {
            throw new GdalException($"cannot read the CRS of {sourceName}: {GdalNative.LastError()}");
        }

        GdalNative.OSRSetAxisMappingStrategy(source, GdalNative.OAMS_TRADITIONAL_GIS_ORDER);
        GdalNative.OSRSetAxisMappingStrategy(target, GdalNative.OAMS_TRADITIONAL_GIS_ORDER);

        // Each transformation is owned from the moment it exists, so a failure of the second frees the first.
        var forward = GdalNative.OCTNewCoordinateTransformation(source, target);
        var inverse = GdalNative.OCTNewCoordinateTransformation(target, source);
        if (forward.IsInvalid || inverse.IsInvalid)
        {
            var reason = GdalNative.LastError();
            forward.Dispose();
            inverse.Dispose();
            throw new GdalException($"cannot transform {sourceName} to WGS84: {reason}");
        }

        // The transformations keep what they need of the spatial references, which are freed on return.
        return new Wgs84Transformer(forward, inverse);
    }

    /// <summary>(longitude, latitude) in degrees of the CRS position (x, y).</summary>
    public (double Longitude, double Latitude) ToLonLat(double x, double y) => Apply(_toWgs84, x, y);

    /// <summary>The CRS position (x, y) of WGS84 (longitude, latitude).</summary>
    public (double X, double Y) FromLonLat(double longitude, double latitude) => Apply(_fromWgs84, longitude, latitude);

    /// <inheritdoc />
    public void Dispose()
    {
        // SafeHandle.Dispose is idempotent: a second call frees nothing.
        _toWgs84?.Dispose();
        _fromWgs84?.Dispose();
    }

    private static (double, double) Apply(CoordinateTransformationHandle? transformation, double x, double y)
    {
        if (transformation is null)
        {
            return (x, y);
        }

        ObjectDisposedException.ThrowIf(transformation.IsClosed, typeof(Wgs84Transformer));
        double[] xs = [x];
        double[] ys = [y];

        // The marshaller holds a reference on the handle for the call, so a Dispose on another thread cannot free
        // the transformation under it.
        var transformed = GdalNative.OCTTransform(transformation, 1, xs, ys, null);
        if (!transformed)
        {
            throw new GdalException(FormattableString.Invariant($"cannot transform ({x}, {y}) between the raster's CRS and WGS84"));
        }

        return (xs[0], ys[0]);
    }
}
