using TerrainDescent.Core.Peaks;

namespace TerrainDescent.Gdal.Tiles;

/// <summary>A summit found on a tiled terrain, with its WGS84 position and where it was found.</summary>
/// <param name="Peak">The summit and its key col, in the layer's CRS.</param>
/// <param name="Latitude">WGS84 latitude of the summit, degrees.</param>
/// <param name="Longitude">WGS84 longitude of the summit, degrees.</param>
/// <param name="Source">The name of the group of connected tiles it was found in.</param>
/// <param name="Layer">The layer it lies on, whose CRS its position is in.</param>
public sealed record LocatedPeak(Peak Peak, double Latitude, double Longitude, string Source, TerrainLayer Layer);
