namespace TerrainDescent.Core.Peaks.Tiled;

/// <summary>
/// A sample kept in a divide tree: a summit, a col where regions meet, a sample beside data outside the tree's area,
/// or a region's lowest sample. <see cref="Parent"/> is the next kept sample below it in its region, so the nodes
/// of one area form a forest whose edges run downhill.
/// </summary>
internal struct DivideNode
{
    /// <summary>Global column of the sample.</summary>
    public int Column;

    /// <summary>Global row of the sample.</summary>
    public int Row;

    /// <summary>Elevation in metres.</summary>
    public float Elevation;

    /// <summary>Index of the next kept sample below in the same list, or −1.</summary>
    public int Parent;

    /// <summary>Whether the sample touches data outside the area the tree covers.</summary>
    public bool Boundary;

    public DivideNode(int column, int row, float elevation, bool boundary)
    {
        Column = column;
        Row = row;
        Elevation = elevation;
        Parent = -1;
        Boundary = boundary;
    }

    /// <summary>
    /// The sweep's total order, highest first: elevation descending, then row, then column ascending, the same order
    /// as <see cref="ElevationOrder"/> gives a grid over the samples' bounding box.
    /// </summary>
    public static int CompareDescending(in DivideNode a, in DivideNode b)
    {
        var byElevation = ElevationOrder.DescendingKey(a.Elevation).CompareTo(ElevationOrder.DescendingKey(b.Elevation));
        return byElevation != 0 ? byElevation : a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column);
    }
}
