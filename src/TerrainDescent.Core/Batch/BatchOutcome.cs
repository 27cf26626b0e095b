using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Core.Batch;

/// <summary>One method's descent from one start of a batch.</summary>
/// <param name="StartIndex">Index of the start in the list given to the run.</param>
/// <param name="MethodIndex">Index of the method in the list given to the run.</param>
/// <param name="Start">The start as given.</param>
/// <param name="StartX">CRS x actually descended from, after snapping.</param>
/// <param name="StartY">CRS y actually descended from, after snapping.</param>
/// <param name="Path">
/// The path; for a start off the raster or in a void, one vertex ending <see cref="Descent.StopReason.LeftRaster"/> or
/// <see cref="Descent.StopReason.EnteredVoid"/>.
/// </param>
/// <param name="Problem">Null when the start lies on valid data; otherwise the one-line reason from <see cref="StartCheck"/>.</param>
public sealed record BatchOutcome(
    int StartIndex,
    int MethodIndex,
    BatchStart Start,
    double StartX,
    double StartY,
    TerrainPath Path,
    string? Problem)
{
    /// <summary>Whether the start lay on valid data, so the path is a real descent.</summary>
    public bool Descended => Problem is null;

    /// <summary>
    /// The outcome for a start that lies on none of the rasters of a run: a one-vertex path at the start (elevation
    /// NaN) ending <see cref="StopReason.LeftRaster"/>, with <paramref name="problem"/> as the reason.
    /// </summary>
    public static BatchOutcome OffEveryRaster(int startIndex, int methodIndex, BatchStart start, string method, DescentOptions options, string problem)
    {
        var path = new TerrainPath(method, options, [new PathVertex(start.X, start.Y, double.NaN)], StopReason.LeftRaster, 0.0);
        return new BatchOutcome(startIndex, methodIndex, start, start.X, start.Y, path, problem);
    }
}
