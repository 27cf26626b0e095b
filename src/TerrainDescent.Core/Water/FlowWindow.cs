namespace TerrainDescent.Core.Water;

/// <summary>
/// The filled levels of an area (a grid, or one tile's samples) and a one-sample ring around it, in which
/// <see cref="FlowRouting"/> assigns the area's D8 directions. Window sample (i, j) is global sample
/// (<see cref="Column0"/> + i, <see cref="Row0"/> + j).
/// </summary>
internal sealed class FlowWindow
{
    /// <summary>Role of a sample that is no data: off the group, not held by any tile, or a void.</summary>
    public const byte OffData = 0;

    /// <summary>Role of a sample of the area, whose direction is assigned.</summary>
    public const byte Inside = 1;

    /// <summary>Role of a sample of another tile, whose level (and, for flats, distance to a drain) is known.</summary>
    public const byte Halo = 2;

    /// <summary>Distance of a sample whose distance to a drain is not known (yet).</summary>
    public const int Unknown = int.MaxValue;

    public FlowWindow(int column0, int row0, int width, int height)
    {
        (Column0, Row0, Width, Height) = (column0, row0, width, height);
        Levels = new float[width * height];
        Array.Fill(Levels, float.NaN);
        Roles = new byte[width * height];
        Distances = new int[width * height];
        Array.Fill(Distances, Unknown);
    }

    public int Column0 { get; }

    public int Row0 { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Filled levels in metres; NaN off the data.</summary>
    public float[] Levels { get; }

    /// <summary><see cref="OffData"/>, <see cref="Inside"/> or <see cref="Halo"/> per sample.</summary>
    public byte[] Roles { get; }

    /// <summary>
    /// Steps across the flat to the nearest drain: 0 for a sample with somewhere lower to go, more on a flat,
    /// <see cref="Unknown"/> where not known. Halo distances are inputs; inside ones are outputs.
    /// </summary>
    public int[] Distances { get; }

    /// <summary>Window index of global sample (column, row).</summary>
    public int IndexOf(int column, int row) => (row - Row0) * Width + (column - Column0);
}
