using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Water;

/// <summary>
/// A closed bowl of 41 × 41 samples 10 m apart whose rim is 50 m high except one 20 m notch in the middle of the
/// east edge (row 20, column 40); the floor, 5–7 m, fills to 20 m: one lake over the whole grid, spilling east.
/// </summary>
internal static class NotchedBowl
{
    public const int Size = 41;

    public static ElevationGrid Create()
    {
        var grid = SyntheticGrids.Projected(Size, Size, 10.0, (e, n) =>
            Math.Max(Math.Abs(e - 200), Math.Abs(n - 200)) >= 200 ? 50 : 5 + 0.01 * Math.Abs(e - 150));
        var samples = grid.Elevations.ToArray();
        samples[20 * Size + 40] = 20;
        return new ElevationGrid(Size, Size, samples, grid.Transform, grid.Kind);
    }
}
