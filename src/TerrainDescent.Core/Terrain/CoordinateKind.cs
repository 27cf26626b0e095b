namespace TerrainDescent.Core.Terrain;

/// <summary>What the grid's CRS units are, which decides how cells are converted to metres on the ground.</summary>
public enum CoordinateKind
{
    /// <summary>Longitude and latitude in degrees (for example EPSG:4326, as SRTM tiles are).</summary>
    Geographic,

    /// <summary>A projected grid whose units are metres (for example UTM).</summary>
    ProjectedMetres,
}
