using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Native;

namespace TerrainDescent.Gdal;

/// <summary>What kind of coordinates a raster's CRS has, read with GDAL's OSR.</summary>
public static class CrsInfo
{
    /// <summary>
    /// Geographic (degrees) or projected in metres; throws for a projected CRS in other units and for a raster
    /// without a CRS (its cells cannot be measured in metres).
    /// </summary>
    public static CoordinateKind Classify(string wkt, string userPath)
    {
        if (string.IsNullOrWhiteSpace(wkt))
        {
            throw new GdalException($"{userPath} has no coordinate reference system; assign one first (gdal_edit.py -a_srs EPSG:4326)");
        }

        GdalLibrary.EnsureInitialised();
        using var srs = GdalNative.OSRNewSpatialReference(wkt);
        if (srs.IsInvalid)
        {
            throw new GdalException($"{userPath} has a coordinate reference system GDAL cannot parse");
        }

        if (GdalNative.OSRIsGeographic(srs))
        {
            return CoordinateKind.Geographic;
        }

        if (GdalNative.OSRIsProjected(srs))
        {
            var metresPerUnit = GdalNative.OSRGetLinearUnits(srs, out _);
            if (Math.Abs(metresPerUnit - 1.0) > 1e-9)
            {
                throw new GdalException(FormattableString.Invariant(
                    $"{userPath} is projected in units of {metresPerUnit} m; only metre-based projections are supported (reproject with gdalwarp)"));
            }

            return CoordinateKind.ProjectedMetres;
        }

        throw new GdalException($"{userPath} has a coordinate reference system that is neither geographic nor projected");
    }
}
