using System.Globalization;
using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Gdal.Tiles;

/// <summary>
/// Tiles that touch one another, directly or through other members, in one CRS: one surface once mosaicked.
/// Members keep the catalogue's order.
/// </summary>
public sealed class TileCluster
{
    /// <summary>Creates a cluster of at least one tile sharing one CRS.</summary>
    public TileCluster(IReadOnlyList<TileInfo> tiles)
    {
        if (tiles.Count == 0)
        {
            throw new ArgumentException("a cluster holds at least one tile", nameof(tiles));
        }

        Tiles = tiles;
    }

    /// <summary>The member tiles.</summary>
    public IReadOnlyList<TileInfo> Tiles { get; }

    /// <summary>The CRS shared by every member, as WKT.</summary>
    public string CrsWkt => Tiles[0].CrsWkt;

    /// <summary>Whether CRS units are degrees or metres.</summary>
    public CoordinateKind Kind => Tiles[0].Kind;

    /// <summary>A name for messages: the tile's file name, or the first one's and how many tiles there are.</summary>
    public string Name => Tiles.Count == 1
        ? Tiles[0].Name
        : string.Create(CultureInfo.InvariantCulture, $"{Tiles[0].Name} + {Tiles.Count - 1} more");

    /// <summary>
    /// Samples of the mosaic at the finest member resolution: its bounding box in the finest cells, an upper
    /// bound of what loading it holds in memory (four bytes of elevation and eight of slope per sample).
    /// </summary>
    public long MosaicSampleCount => (long)MosaicSize.Columns * MosaicSize.Rows;

    /// <summary>Columns and rows of the mosaic: the members' bounding box in the finest member cells.</summary>
    public (long Columns, long Rows) MosaicSize
    {
        get
        {
            var pixelWidth = Tiles.Min(t => t.Transform.PixelWidth);
            var pixelHeight = Tiles.Min(t => -t.Transform.PixelHeight);
            var columns = Math.Round((Tiles.Max(t => t.East) - Tiles.Min(t => t.West)) / pixelWidth);
            var rows = Math.Round((Tiles.Max(t => t.North) - Tiles.Min(t => t.South)) / pixelHeight);
            return ((long)columns, (long)rows);
        }
    }

    /// <summary>Whether the CRS position (x, y) lies within a member's span of sample centres.</summary>
    public bool Covers(double x, double y) => Tiles.Any(t => t.Covers(x, y));
}
