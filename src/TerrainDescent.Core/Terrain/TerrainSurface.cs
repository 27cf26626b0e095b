using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Core.Terrain;

/// <summary>
/// A continuous elevation surface over any number of tiles on one <see cref="SampleLattice"/>: bilinear elevation
/// and a bilinear blend of per-sample metric slopes at any global sample position (u = column, v = row), read
/// across seams exactly as from one raster holding every tile. Tiles are decoded on demand into a shared
/// <see cref="TileCache"/>; what is absent is the edge of the data or, by <see cref="MissingTiles"/>, sea at 0 m.
/// </summary>
/// <remarks>
/// Positions are global indices, so a path's coordinates never depend on which tiles are loaded. Values are NaN off
/// the data and wherever a sample they need is void, so a path that reaches a void stops there. Descents read through
/// a <see cref="SurfaceReader"/> each; the convenience methods here open one per call. Thread-safe.
/// </remarks>
public sealed class TerrainSurface
{
    private readonly TileSlot[] _slots;

    /// <summary>Creates a surface over the tiles of <paramref name="index"/>, decoded by <paramref name="source"/> into <paramref name="cache"/>.</summary>
    public TerrainSurface(TileIndex index, ITileSource source, TileCache cache, MissingTiles missing = MissingTiles.EdgeOfData, string name = "")
    {
        Index = index;
        Cache = cache;
        Missing = missing;
        Name = name.Length > 0 ? name : DefaultName(index);
        _slots = index.Tiles.Select((t, i) => new TileSlot(source, i, t.SampleCount * sizeof(float))).ToArray();
    }

    /// <summary>A surface over one grid already in memory (one resident tile on the grid's own lattice).</summary>
    public TerrainSurface(ElevationGrid grid)
        : this(IndexOf(grid), new GridTileSource(grid), new TileCache(Math.Max(1, (long)grid.Width * grid.Height * sizeof(float))), MissingTiles.EdgeOfData, grid.SourceName)
    {
    }

    /// <summary>The global grid of the samples.</summary>
    public SampleLattice Lattice => Index.Lattice;

    /// <summary>The tiles and who owns which sample.</summary>
    public TileIndex Index { get; }

    /// <summary>Where decoded tiles are kept.</summary>
    public TileCache Cache { get; }

    /// <summary>What lies where no tile was given.</summary>
    public MissingTiles Missing { get; }

    /// <summary>A name for messages: the tile's name, or the first one's and how many more.</summary>
    public string Name { get; }

    /// <summary>Whether CRS units are degrees or metres.</summary>
    public CoordinateKind Kind => Lattice.Kind;

    /// <summary>Opens a reader for one thread; dispose it to unpin its tiles.</summary>
    public SurfaceReader OpenReader() => new(this);

    /// <summary>Bilinear elevation in metres at global sample position (u, v); NaN off the data or beside a void.</summary>
    public double ElevationAt(double u, double v)
    {
        using var reader = OpenReader();
        return reader.ElevationAt(u, v);
    }

    /// <summary>Metric slope (∂z/∂east, ∂z/∂north), metres per metre, at (u, v); NaN components off the data or beside a void.</summary>
    public (double EastSlope, double NorthSlope) GradientAt(double u, double v)
    {
        using var reader = OpenReader();
        return reader.GradientAt(u, v);
    }

    /// <summary>Elevation in metres at a CRS position (longitude/latitude in degrees, or metres).</summary>
    public double ElevationAtCrs(double x, double y) => ElevationAt(Lattice.UOf(x), Lattice.VOf(y));

    /// <summary>Metric slope at a CRS position.</summary>
    public (double EastSlope, double NorthSlope) GradientAtCrs(double x, double y) => GradientAt(Lattice.UOf(x), Lattice.VOf(y));

    /// <summary>Whether the CRS position lies between samples held by the tiles (or on missing sea).</summary>
    public bool IsOnData(double x, double y)
    {
        using var reader = OpenReader();
        return reader.IsOnData(Lattice.UOf(x), Lattice.VOf(y));
    }

    /// <summary>The group of connected tiles holding global sample (column, row), or −1 where no tile has it.</summary>
    public int ComponentAt(int column, int row)
    {
        var owner = Index.OwnerOf(column, row);
        return owner < 0 ? -1 : Index.ComponentOf(owner);
    }

    /// <summary>
    /// The samples of connected group <paramref name="component"/> as one grid over its bounding box (gaps void), for
    /// the exact whole-area algorithms (prominence, priority-flood). Throws <see cref="TerrainTooLargeException"/>
    /// when that grid would not fit in <paramref name="budgetBytes"/> (default: the cache's budget).
    /// </summary>
    public ComponentGrid AssembleComponent(int component, long? budgetBytes = null) =>
        ComponentGrid.Assemble(this, component, budgetBytes ?? Cache.BudgetBytes);

    /// <summary>The span of the data as text, for messages: lat/lon or x/y ranges of the outermost samples.</summary>
    public string DescribeBounds()
    {
        var tiles = Index.Tiles;
        var (west, east) = (Lattice.XOf(tiles.Min(t => t.Column)), Lattice.XOf(tiles.Max(t => t.LastColumn)));
        var (north, south) = (Lattice.YOf(tiles.Min(t => t.Row)), Lattice.YOf(tiles.Max(t => t.LastRow)));
        var extent = Kind == CoordinateKind.Geographic
            ? FormattableString.Invariant($"lat {south:F5}..{north:F5}, lon {west:F5}..{east:F5}")
            : FormattableString.Invariant($"x {west:F1}..{east:F1}, y {south:F1}..{north:F1}");
        return tiles.Count == 1 ? extent : FormattableString.Invariant($"{tiles.Count} tiles within {extent}");
    }

    internal TileSlot Slot(int tileIndex) => _slots[tileIndex];

    private static string DefaultName(TileIndex index) => index.Tiles.Count == 1
        ? index.Tiles[0].Name
        : FormattableString.Invariant($"{index.Tiles[0].Name} + {index.Tiles.Count - 1} more");

    private static TileIndex IndexOf(ElevationGrid grid)
    {
        var (axisX, column) = SampleAxis.Through(grid.XOf(0), grid.Transform.PixelWidth);
        var (axisY, row) = SampleAxis.Through(-grid.YOf(0), -grid.Transform.PixelHeight);
        var lattice = new SampleLattice(grid.Kind, axisX, axisY, row, row + grid.Height - 1);
        return new TileIndex(lattice, [new TileFootprint(grid.SourceName, column, row, grid.Width, grid.Height)]);
    }

    /// <summary>The one tile of an in-memory grid: its own samples, never copied (nor recycled by the cache).</summary>
    internal sealed class GridTileSource(ElevationGrid grid) : ITileSource
    {
        public float[] Read(int tileIndex, float[]? recycled) => grid.Samples;
    }
}
