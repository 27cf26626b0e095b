namespace TerrainDescent.Core.Terrain.Tiles;

/// <summary>
/// An algorithm that needs a whole connected area of data in memory at once (prominence, priority-flood) was asked
/// for more than the memory budget allows. The message says how much it needs, in one line.
/// </summary>
public sealed class TerrainTooLargeException(string message) : Exception(message);
