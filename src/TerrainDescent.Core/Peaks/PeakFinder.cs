using TerrainDescent.Core.Terrain;
using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Core.Peaks;

/// <summary>
/// Finds the summits of an <see cref="ElevationGrid"/> with their topographic prominence by a descending sweep
/// with union–find (see <see cref="ProminenceSweep"/>): O(n) radix sort plus O(n α(n)) merging, flat arrays,
/// no allocation per sample. Stateless apart from its options, so one instance may serve many threads.
/// </summary>
/// <remarks>
/// <para>Connectivity is 8-neighbour. Equal elevations are ordered by row-major index, so a flat summit is one peak,
/// reported at its first sample in row-major order, and two summits of equal height are told apart by index.</para>
/// <para>Voids (NaN) are never land: data separated only by voids forms separate components, each with its own
/// highest summit, whose prominence by convention is its elevation minus the lowest elevation of its component.</para>
/// <para>Edges: only paths inside the grid are seen. A col found inside the tile is never higher than the true col,
/// so for every summit except a component's highest the tile's prominence is an upper bound of the true one (higher
/// ground or a higher col beyond the edge would lower it), and a top on the edge may be a cut slope
/// (<see cref="Peak.AtBoundary"/>). A component's highest summit is measured down to the tile's lowest sample, which
/// understates it when its real col lies lower outside the tile and overstates it when higher ground lies outside.
/// These are the limits of any single-tile computation; mosaic tiles for exact values.</para>
/// </remarks>
public sealed class PeakFinder
{
    /// <summary>Creates a finder; null options mean the defaults of <see cref="PeakOptions"/>.</summary>
    public PeakFinder(PeakOptions? options = null)
    {
        Options = options ?? new PeakOptions();
        var problem = Options.Validate();
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(options));
        }
    }

    /// <summary>The options every search uses.</summary>
    public PeakOptions Options { get; }

    /// <summary>
    /// The summits of <paramref name="grid"/> that pass the options, ordered by prominence descending, then elevation
    /// descending, then row and column ascending: the same grid and options always give the same list.
    /// </summary>
    public IReadOnlyList<Peak> Find(ElevationGrid grid, CancellationToken cancellationToken = default)
    {
        var candidates = ProminenceSweep.Run(grid, Options.MinProminenceMetres, Options.MinElevationMetres, cancellationToken);
        var peaks = new List<Peak>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var atBoundary = IsAtBoundary(grid, candidate.PeakIndex);
            if (atBoundary && !Options.IncludeBoundaryPeaks)
            {
                continue;
            }

            peaks.Add(ToPeak(grid, candidate, atBoundary));
        }

        return Ordered(peaks);
    }

    /// <summary>
    /// The summits of connected group <paramref name="component"/> of a tiled <paramref name="surface"/>, exactly as
    /// <see cref="Find(ElevationGrid, CancellationToken)"/> finds them on the group assembled into one grid over its
    /// bounding box (rows and columns count from that box's north-west sample), computed tile by tile with divide trees
    /// (<see cref="Tiled.TiledProminence"/>), so the group never has to fit in memory at once.
    /// </summary>
    public IReadOnlyList<Peak> Find(TerrainSurface surface, int component, CancellationToken cancellationToken = default)
    {
        var settled = Tiled.TiledProminence.Run(surface, component, Options.MinProminenceMetres, Options.MinElevationMetres, cancellationToken);
        var (column0, row0, column1, row1) = surface.Index.BoundsOf(component);
        var transform = ComponentGrid.TransformAt(surface.Lattice, column0, row0);
        double XOf(int column) => transform.X(column - column0 + 0.5);
        double YOf(int row) => transform.Y(row - row0 + 0.5);
        var index = surface.Index;
        using var reader = surface.OpenReader();

        // As on the assembled grid: on its outer row or column, or beside a sample no tile of the group holds or a void.
        bool IsAtBoundary(int column, int row)
        {
            if (column == column0 || row == row0 || column == column1 || row == row1)
            {
                return true;
            }

            for (var r = row - 1; r <= row + 1; r++)
            {
                for (var c = column - 1; c <= column + 1; c++)
                {
                    var owner = index.OwnerOf(c, r);
                    if (owner < 0 || index.ComponentOf(owner) != component || float.IsNaN(reader.Sample(c, r)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        var peaks = new List<Peak>(settled.Count);
        foreach (var s in settled)
        {
            var atBoundary = IsAtBoundary(s.Column, s.Row);
            if (atBoundary && !Options.IncludeBoundaryPeaks)
            {
                continue;
            }

            double elevationMetres = s.ElevationMetres;
            double colElevationMetres = s.ColElevationMetres;
            peaks.Add(new Peak(
                s.Row - row0,
                s.Column - column0,
                XOf(s.Column),
                YOf(s.Row),
                elevationMetres,
                elevationMetres - colElevationMetres,
                s.ColRow - row0,
                s.ColColumn - column0,
                XOf(s.ColColumn),
                YOf(s.ColRow),
                colElevationMetres,
                s.IsComponentSummit,
                atBoundary));
        }

        return Ordered(peaks);
    }

    /// <summary>Orders by prominence, then elevation descending, then row and column, and keeps the first <see cref="PeakOptions.MaxCount"/>.</summary>
    private List<Peak> Ordered(List<Peak> peaks)
    {
        peaks.Sort(static (a, b) =>
        {
            var byProminence = b.ProminenceMetres.CompareTo(a.ProminenceMetres);
            var byElevation = b.ElevationMetres.CompareTo(a.ElevationMetres);
            var byRow = a.Row.CompareTo(b.Row);
            return byProminence != 0 ? byProminence : byElevation != 0 ? byElevation : byRow != 0 ? byRow : a.Column.CompareTo(b.Column);
        });

        if (Options.MaxCount is { } maxCount && peaks.Count > maxCount)
        {
            peaks.RemoveRange(maxCount, peaks.Count - maxCount);
        }

        return peaks;
    }

    private static Peak ToPeak(ElevationGrid grid, ProminenceSweep.Candidate candidate, bool atBoundary)
    {
        var row = candidate.PeakIndex / grid.Width;
        var column = candidate.PeakIndex % grid.Width;
        var colRow = candidate.ColIndex / grid.Width;
        var colColumn = candidate.ColIndex % grid.Width;
        double elevationMetres = grid[row, column];
        double colElevationMetres = grid[colRow, colColumn];
        return new Peak(
            row,
            column,
            grid.XOf(column),
            grid.YOf(row),
            elevationMetres,
            elevationMetres - colElevationMetres,
            colRow,
            colColumn,
            grid.XOf(colColumn),
            grid.YOf(colRow),
            colElevationMetres,
            candidate.IsComponentSummit,
            atBoundary);
    }

    /// <summary>On the outer row or column, or with a void among the 8 neighbours.</summary>
    private static bool IsAtBoundary(ElevationGrid grid, int index)
    {
        var row = index / grid.Width;
        var column = index % grid.Width;
        if (row == 0 || column == 0 || row == grid.Height - 1 || column == grid.Width - 1)
        {
            return true;
        }

        for (var r = row - 1; r <= row + 1; r++)
        {
            for (var c = column - 1; c <= column + 1; c++)
            {
                if (float.IsNaN(grid[r, c]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
