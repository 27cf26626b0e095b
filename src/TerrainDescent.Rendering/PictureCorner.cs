namespace TerrainDescent.Rendering;

/// <summary>A corner of a picture, where the legend or the map furniture sits.</summary>
public enum PictureCorner
{
    /// <summary>Top left.</summary>
    TopLeft,

    /// <summary>Top right.</summary>
    TopRight,

    /// <summary>Bottom left.</summary>
    BottomLeft,

    /// <summary>Bottom right.</summary>
    BottomRight,
}
