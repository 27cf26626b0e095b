namespace TerrainDescent.Core.Water;

/// <summary>
/// The eight neighbours a cell can drain to, counter-clockwise from east, plus <see cref="None"/> for voids.
/// A direction may point off the raster (an edge outlet) or into a void (a void outlet).
/// </summary>
public enum D8Direction : byte
{
    /// <summary>Same row, next column.</summary>
    East = 0,

    /// <summary>Row above, next column.</summary>
    NorthEast = 1,

    /// <summary>Row above, same column.</summary>
    North = 2,

    /// <summary>Row above, previous column.</summary>
    NorthWest = 3,

    /// <summary>Same row, previous column.</summary>
    West = 4,

    /// <summary>Row below, previous column.</summary>
    SouthWest = 5,

    /// <summary>Row below, same column.</summary>
    South = 6,

    /// <summary>Row below, next column.</summary>
    SouthEast = 7,

    /// <summary>No flow: the cell is a void.</summary>
    None = 255,
}
