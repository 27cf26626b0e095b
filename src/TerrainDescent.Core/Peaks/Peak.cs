namespace TerrainDescent.Core.Peaks;

/// <summary>
/// A summit with its topographic prominence: its height above the highest col (saddle) through which it connects
/// to higher ground, as far as the grid shows. Positions are sample centres; X and Y are in the grid's CRS
/// (longitude and latitude in degrees for geographic grids, metres for projected ones).
/// </summary>
/// <param name="Row">Sample row of the summit (for a flat summit, its first sample in row-major order).</param>
/// <param name="Column">Sample column of the summit.</param>
/// <param name="X">CRS x of the summit sample centre.</param>
/// <param name="Y">CRS y of the summit sample centre.</param>
/// <param name="ElevationMetres">Summit elevation in metres.</param>
/// <param name="ProminenceMetres">Elevation minus <paramref name="ColElevationMetres"/>, in metres; always positive.</param>
/// <param name="ColRow">Sample row of the key col.</param>
/// <param name="ColColumn">Sample column of the key col.</param>
/// <param name="ColX">CRS x of the key col.</param>
/// <param name="ColY">CRS y of the key col.</param>
/// <param name="ColElevationMetres">Elevation of the key col in metres.</param>
/// <param name="IsComponentSummit">
/// True for the highest summit of its connected stretch of data (the grid's highest when no void splits it). It has no
/// higher ground in the data, so by convention its col is the lowest sample of that stretch.
/// </param>
/// <param name="AtBoundary">
/// True when the summit sample is on the raster's outer row or column or beside a void: the real summit may lie in the
/// missing data, so this may be a cut slope rather than a top.
/// </param>
public sealed record Peak(
    int Row,
    int Column,
    double X,
    double Y,
    double ElevationMetres,
    double ProminenceMetres,
    int ColRow,
    int ColColumn,
    double ColX,
    double ColY,
    double ColElevationMetres,
    bool IsComponentSummit,
    bool AtBoundary);
