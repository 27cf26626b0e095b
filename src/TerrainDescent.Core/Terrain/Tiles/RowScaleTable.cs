namespace TerrainDescent.Core.Terrain.Tiles;

/// <summary>
/// A lattice's per-row scales over the rows its tiles cover (and a margin): entry i is global row
/// <c>FirstRow + i</c>. The arrays are the lattice's own and never written after it is built.
/// </summary>
/// <param name="FirstRow">The global row of entry 0.</param>
/// <param name="MetresEast">Ground metres of one sample step east, <c>mx(row)</c>.</param>
/// <param name="MetresNorth">Ground metres of one sample step north, <c>my(row)</c>.</param>
/// <param name="InverseTwoEast"><c>1 / (2·mx(row))</c> in float32.</param>
/// <param name="InverseTwoNorth"><c>1 / (2·my(row))</c> in float32.</param>
internal readonly record struct RowScaleTable(int FirstRow, double[] MetresEast, double[] MetresNorth, float[] InverseTwoEast, float[] InverseTwoNorth);
