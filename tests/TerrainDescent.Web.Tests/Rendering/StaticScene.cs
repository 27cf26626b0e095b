using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal;
using TerrainDescent.Gdal.Imaging;
using TerrainDescent.Web.Map;
using TerrainDescent.Web.Rendering;

namespace TerrainDescent.Web.Tests.Rendering;

/// <summary>One raster read whole for the static picture, as <c>render</c> reads it.</summary>
internal sealed class StaticScene
{
    public StaticScene(string path)
    {
        Raster = RasterReader.Load(path);
        Descender = new TerrainDescender(new TerrainSurface(Raster.Grid));
        var statistics = GridStatistics.Compute(Raster.Grid, DescentOptions.DefaultSeaLevelMetres);
        Composition = new MapComposition(DescentMethods.Names, statistics.MinimumMetres, statistics.MaximumMetres);
    }

    public LoadedRaster Raster { get; }

    public ElevationGrid Grid => Raster.Grid;

    public TerrainDescender Descender { get; }

    public MapComposition Composition { get; }

    public RgbaImage Compose(ImageFrame frame, IReadOnlyList<TerrainPath> paths, double seaLevelMetres) =>
        MapPicture.Compose(Raster.GdalPath, Grid, Composition, frame, paths, seaLevelMetres);
}
