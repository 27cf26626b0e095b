using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Gdal;

/// <summary>A raster read into memory: the elevation grid plus what GDAL said about its source.</summary>
/// <param name="Grid">The elevations (voids as NaN) with their geotransform.</param>
/// <param name="CrsWkt">The source CRS as WKT (empty when the file has none).</param>
/// <param name="DriverName">GDAL's short driver name, for example <c>SRTMHGT</c> or <c>GTiff</c>.</param>
/// <param name="GdalPath">The path GDAL opened (with any <c>/vsizip/</c> prefix).</param>
public sealed record LoadedRaster(ElevationGrid Grid, string CrsWkt, string DriverName, string GdalPath);
