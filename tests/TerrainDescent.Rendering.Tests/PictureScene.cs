using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Rendering.Map;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Rendering.Tests;

/// <summary>
/// A small analytic scene for picture tests: two Gaussian hills on a plane tilting down to the south-west, whose
/// lowest corner lies below the sea-level threshold, and two hand-made paths from one start, so the pictures depend
/// on the renderer alone and not on the descent methods.
/// </summary>
internal static class PictureScene
{
    /// <summary>The threshold under which the mask tints the south-west corner, metres.</summary>
    public const double SeaLevelMetres = 40;

    /// <summary>The lon/lat surface, 0.2° a side at 52.55° N.</summary>
    public static TerrainSurface Surface { get; } = new(SyntheticGrids.Geographic(241, -6.9, 52.45, 0.2, Elevation));

    /// <summary>The composition over the scene's elevation range.</summary>
    public static MapComposition Composition { get; } = new(DescentMethods.Names, 0, 700);

    /// <summary>A hill-walker path winding south-west and a momentum path swinging east, from one start.</summary>
    public static IReadOnlyList<TerrainPath> Paths { get; } =
    [
        Path(HillWalkerDescent.MethodName, [(-6.78, 52.585), (-6.79, 52.57), (-6.795, 52.55), (-6.80, 52.53), (-6.81, 52.512)]),
        Path(MomentumDescent.MethodName, [(-6.78, 52.585), (-6.765, 52.575), (-6.75, 52.56), (-6.735, 52.54), (-6.74, 52.52)]),
    ];

    /// <summary>The view of the middle of the scene, 480 pixels on its longer side.</summary>
    public static LinearView View { get; } = LinearView.GroundShaped(new CrsExtent(-6.9, 52.5, -6.7, 52.6), CoordinateKind.Geographic, 480);

    /// <summary>The picture of the scene with <paramref name="map"/> and <paramref name="paths"/>.</summary>
    public static MapImage Compose(MapComposition map, IReadOnlyList<TerrainPath> paths) =>
        MapPicture.Compose(View, TerrainSamples.Read(View, [Surface]), map, paths, SeaLevelMetres);

    private static double Elevation(double longitude, double latitude)
    {
        var (east, north) = ((longitude + 6.9) / 0.2, (latitude - 52.45) / 0.2);
        double Hill(double x, double y, double height, double width) =>
            height * Math.Exp(-(((east - x) * (east - x)) + ((north - y) * (north - y))) / (2 * width * width));
        return -20 + 100 * (east + north) + Hill(0.62, 0.68, 450, 0.1) + Hill(0.3, 0.4, 250, 0.08);
    }

    /// <summary>A path from the scene's start to <paramref name="longitude"/>, <paramref name="latitude"/> in a straight line.</summary>
    public static TerrainPath StraightPath(string method, double longitude, double latitude) => Path(method, [(-6.78, 52.585), (longitude, latitude)]);

    private static TerrainPath Path(string method, (double Lon, double Lat)[] points)
    {
        var vertices = points.Select(p => new PathVertex(p.Lon, p.Lat, Surface.ElevationAtCrs(p.Lon, p.Lat))).ToList();
        return new TerrainPath(method, new DescentOptions(), vertices, StopReason.Stalled, 0);
    }
}
