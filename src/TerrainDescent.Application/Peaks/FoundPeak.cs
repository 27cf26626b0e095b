using TerrainDescent.Core.Peaks;
using TerrainDescent.Gdal.Tiles;

namespace TerrainDescent.Application.Peaks;

/// <summary>A peak found by <c>peaks</c>, with its id, WGS84 position and the tile or mosaic it was found in.</summary>
/// <param name="Id">The peak's id, as written to the GeoJSON.</param>
/// <param name="Peak">The summit and its key col, in the raster's CRS.</param>
/// <param name="Latitude">WGS84 latitude of the summit, degrees.</param>
/// <param name="Longitude">WGS84 longitude of the summit, degrees.</param>
/// <param name="Source">The name of the group of connected tiles it was found in.</param>
/// <param name="Layer">The layer it lies on, whose CRS its position is in.</param>
public sealed record FoundPeak(string Id, Peak Peak, double Latitude, double Longitude, string Source, TerrainLayer Layer);
