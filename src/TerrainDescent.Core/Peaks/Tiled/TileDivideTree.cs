using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Core.Peaks.Tiled;

/// <summary>
/// The divide tree of one tile (after Kirmse and de Ferranti 2017, "Calculating the prominence and isolation of every
/// mountain in the world"): the prominence sweep of <see cref="ProminenceSweep"/> over the samples the tile owns,
/// keeping only the samples the rest of the surface can still need.
/// </summary>
/// <remarks>
/// The sweep keeps what <see cref="DivideSweep"/> keeps, with the tile's perimeter samples (beside another tile's
/// samples) as its boundary. Gluing the tiles' trees along touching perimeter samples therefore gives the merge tree of
/// the whole surface, restricted to the kept samples.
/// </remarks>
internal static class TileDivideTree
{
    /// <summary>The tree of tile <paramref name="tileIndex"/>; summits settled inside it go to <paramref name="settled"/>.</summary>
    public static List<DivideNode> Build(TerrainSurface surface, SurfaceReader reader, int tileIndex, SettledPeaks settled, CancellationToken cancellationToken)
    {
        var index = surface.Index;
        var tile = index.Tiles[tileIndex];
        var (width, height) = (tile.Width, tile.Height);
        var elevations = reader.OwnedSamples(tileIndex);

        var perimeter = PerimeterOf(index, tileIndex, elevations);
        var order = ElevationOrder.Descending(elevations);
        var labels = new int[elevations.Length];
        Array.Fill(labels, -1);

        DivideNode NodeAt(int rank)
        {
            var cell = order[rank];
            return new DivideNode(tile.Column + cell % width, tile.Row + cell / width, elevations[cell], perimeter[cell]);
        }

        var sweep = new DivideSweep(NodeAt, settled);
        Span<int> roots = stackalloc int[8];

        for (var rank = 0; rank < order.Length; rank++)
        {
            if ((rank & 0xFFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var cell = order[rank];
            var (row, column) = (cell / width, cell % width);
            var rootCount = 0;
            for (var r = Math.Max(0, row - 1); r <= Math.Min(height - 1, row + 1); r++)
            {
                for (var c = Math.Max(0, column - 1); c <= Math.Min(width - 1, column + 1); c++)
                {
                    var label = labels[r * width + c];
                    if (label >= 0 && sweep.Find(label) is var root && !roots[..rootCount].Contains(root))
                    {
                        roots[rootCount++] = root;
                    }
                }
            }

            labels[cell] = rootCount == 0 ? sweep.Start(rank) : sweep.Join(roots[..rootCount], rank, perimeter[cell]);
        }

        return sweep.Finish();
    }

    /// <summary>Samples of the tile with an 8-neighbour that another tile owns (only the outer two rings can have one).</summary>
    private static bool[] PerimeterOf(TileIndex index, int tileIndex, float[] elevations)
    {
        var tile = index.Tiles[tileIndex];
        var (width, height) = (tile.Width, tile.Height);
        var perimeter = new bool[elevations.Length];
        for (var row = 0; row < height; row++)
        {
            for (var column = 0; column < width; column++)
            {
                var cell = row * width + column;
                var outerRings = row <= 1 || column <= 1 || row >= height - 2 || column >= width - 2;
                if (!outerRings || float.IsNaN(elevations[cell]))
                {
                    continue;
                }

                for (var dr = -1; dr <= 1 && !perimeter[cell]; dr++)
                {
                    for (var dc = -1; dc <= 1; dc++)
                    {
                        var owner = index.OwnerOf(tile.Column + column + dc, tile.Row + row + dr);
                        if (owner >= 0 && owner != tileIndex)
                        {
                            perimeter[cell] = true;
                            break;
                        }
                    }
                }
            }
        }

        return perimeter;
    }
}
