using System.Globalization;

namespace TerrainDescent.Core.Terrain.Tiles;

/// <summary>
/// One group of connected tiles copied into a single grid over its bounding box, placed on the surface's lattice:
/// grid sample (row, column) is global sample (<see cref="Row0"/> + row, <see cref="Column0"/> + column). Gaps between
/// the tiles are void. For the algorithms that must see a whole area at once.
/// </summary>
/// <param name="Grid">The samples, with a geotransform on the lattice.</param>
/// <param name="Column0">Global column of the grid's western column.</param>
/// <param name="Row0">Global row of the grid's northern row.</param>
/// <param name="TileCount">How many tiles the group holds.</param>
public sealed record ComponentGrid(ElevationGrid Grid, int Column0, int Row0, int TileCount)
{
    /// <summary>
    /// Bytes per sample the whole-area algorithms need besides the elevation: prominence's order and union–find
    /// (about 16), flow directions and the filled copy (5). An estimate for the message, not a bound.
    /// </summary>
    public const int WorkingBytesPerSample = 20;

    internal static ComponentGrid Assemble(TerrainSurface surface, int component, long budgetBytes)
    {
        var index = surface.Index;
        var members = index.TilesOf(component);
        var tiles = members.Select(t => index.Tiles[t]).ToArray();
        var (column0, row0, column1, row1) = index.BoundsOf(component);
        var width = (long)column1 - column0 + 1;
        var height = (long)row1 - row0 + 1;
        var samples = width * height;
        var bytes = samples * sizeof(float);
        if (bytes > budgetBytes || samples > Array.MaxLength)
        {
            var needed = samples * (sizeof(float) + WorkingBytesPerSample);
            throw new TerrainTooLargeException(string.Create(CultureInfo.InvariantCulture,
                $"the {tiles.Length} connected tile(s) from {tiles[0].Name} span {width:N0} × {height:N0} samples; computing them exactly needs about {needed / 1e9:F1} GB, more than the {budgetBytes / (1024 * 1024):N0} MB cache allows (raise --cache-mb, or pass a peaks file)"));
        }

        var elevations = new float[samples];
        Array.Fill(elevations, float.NaN);
        using (var reader = surface.OpenReader())
        {
            foreach (var tile in tiles)
            {
                for (var row = tile.Row; row <= tile.LastRow; row++)
                {
                    var offset = (row - row0) * width + (tile.Column - column0);
                    for (var column = tile.Column; column <= tile.LastColumn; column++)
                    {
                        elevations[offset++] = reader.Sample(column, row);
                    }
                }
            }
        }

        var grid = new ElevationGrid((int)width, (int)height, elevations, TransformAt(surface.Lattice, column0, row0), surface.Lattice.Kind, surface.Index.NameOf(component));
        return new ComponentGrid(grid, column0, row0, tiles.Length);
    }

    /// <summary>The geotransform of a grid on <paramref name="lattice"/> whose sample (0, 0) is global sample (column0, row0).</summary>
    internal static GeoTransform TransformAt(SampleLattice lattice, int column0, int row0) =>
        new(lattice.XOf(column0 - 0.5), lattice.AxisX.Step, lattice.YOf(row0 - 0.5), -lattice.AxisY.Step);
}
