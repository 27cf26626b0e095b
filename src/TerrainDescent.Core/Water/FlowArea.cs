namespace TerrainDescent.Core.Water;

/// <summary>
/// The flow directions of one connected group of tiles, placed on its surface's lattice: direction cell
/// (row, column) is global sample (<see cref="Row0"/> + row, <see cref="Column0"/> + column).
/// </summary>
/// <param name="Flow">The D8 directions over the group's grid.</param>
/// <param name="Column0">Global column of the grid's western column.</param>
/// <param name="Row0">Global row of the grid's northern row.</param>
public sealed record FlowArea(FlowDirections Flow, int Column0, int Row0);
