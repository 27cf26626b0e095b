using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal;
using TerrainDescent.Web.Map;

namespace TerrainDescent.Web;

/// <summary>
/// One loaded terrain ready to be descended and drawn: the raster (one file, or several joined into an in-memory
/// mosaic), its surface and descender, its statistics and its map composition. Immutable and thread-safe.
/// </summary>
public sealed class TerrainScene
{
    private TerrainScene(LoadedRaster raster, string name)
    {
        Raster = raster;
        Name = name;
        Surface = new TerrainSurface(raster.Grid);
        Descender = new TerrainDescender(Surface);
        Statistics = GridStatistics.Compute(raster.Grid, DescentOptions.DefaultSeaLevelMetres);
        Composition = new MapComposition(DescentMethods.Names, Statistics.MinimumMetres, Statistics.MaximumMetres);
    }

    /// <summary>The raster as read.</summary>
    public LoadedRaster Raster { get; }

    /// <summary>A name for people: the file name, or the names of the joined files.</summary>
    public string Name { get; }

    /// <summary>The path GDAL opens for rendering.</summary>
    public string GdalPath => Raster.GdalPath;

    /// <summary>The samples.</summary>
    public ElevationGrid Grid => Raster.Grid;

    /// <summary>The continuous surface.</summary>
    public TerrainSurface Surface { get; }

    /// <summary>Runs descents on the surface; thread-safe.</summary>
    public TerrainDescender Descender { get; }

    /// <summary>Elevation range and voids.</summary>
    public GridStatistics Statistics { get; }

    /// <summary>What the map shows and how.</summary>
    public MapComposition Composition { get; }

    /// <summary>
    /// Loads one raster, or joins several (for example neighbouring tiles) into one. Throws
    /// <see cref="GdalException"/> with a one-line reason when a file cannot be read.
    /// </summary>
    public static TerrainScene Load(IReadOnlyList<string> paths)
    {
        var raster = RasterReader.Load(DemMosaic.Build(paths));
        var name = string.Join(" + ", paths.Select(Path.GetFileName));
        return new TerrainScene(raster, name);
    }
}
