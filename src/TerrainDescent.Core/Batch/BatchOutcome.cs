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
}
