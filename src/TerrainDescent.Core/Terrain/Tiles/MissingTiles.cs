namespace TerrainDescent.Core.Terrain.Tiles;

/// <summary>What the surface holds where no tile was given.</summary>
public enum MissingTiles
{
    /// <summary>Nothing: the edge of the data, where a path ends <c>left-raster</c>.</summary>
    EdgeOfData,

    /// <summary>
    /// Sea at 0 m, the Copernicus DEM convention (ocean tiles are not published): a path reaching it ends at sea level.
    /// </summary>
    Sea,
}
