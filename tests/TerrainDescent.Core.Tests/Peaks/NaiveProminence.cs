using TerrainDescent.Core.Terrain;

namespace TerrainDescent.Core.Tests.Peaks;

/// <summary>
/// Prominence by its definition, slowly: for each sample, the highest threshold t at which the 8-connected region of
/// samples ≥ t around it holds a higher sample (higher elevation, or equal and earlier in row-major order).
/// O(n² · levels), for small grids only.
/// </summary>
internal static class NaiveProminence
{
    /// <summary>(row, column, prominence, col elevation, is component summit) of every sample with prominence &gt; 0.</summary>
    public static List<(int Row, int Column, double Prominence, double Col, bool IsComponentSummit)> Peaks(ElevationGrid grid)
    {
        var result = new List<(int, int, double, double, bool)>();
        var levels = grid.Elevations.ToArray().Where(e => !float.IsNaN(e)).Distinct().OrderByDescending(e => e).ToArray();
        for (var p = 0; p < grid.Elevations.Length; p++)
        {
            var top = grid.Elevations[p];
            if (float.IsNaN(top))
            {
                continue;
            }

            bool Higher(int q) => grid.Elevations[q] > top || (grid.Elevations[q] == top && q < p);
            var col = double.NaN;
            foreach (var level in levels.Where(l => l <= top))
            {
                if (Reach(grid, p, level).Any(Higher))
                {
                    col = level;
                    break;
                }
            }

            var isComponentSummit = double.IsNaN(col);
            if (isComponentSummit)
            {
                col = Reach(grid, p, float.NegativeInfinity).Min(q => grid.Elevations[q]);
            }

            if (top - col > 0)
            {
                result.Add((p / grid.Width, p % grid.Width, top - col, col, isComponentSummit));
            }
        }

        return result;
    }

    /// <summary>The samples ≥ <paramref name="level"/> 8-connected to <paramref name="start"/>, by flood fill.</summary>
    private static List<int> Reach(ElevationGrid grid, int start, float level)
    {
        var seen = new HashSet<int> { start };
        var queue = new Queue<int>([start]);
        while (queue.TryDequeue(out var cell))
        {
            var (row, column) = (cell / grid.Width, cell % grid.Width);
            for (var r = Math.Max(0, row - 1); r <= Math.Min(grid.Height - 1, row + 1); r++)
            {
                for (var c = Math.Max(0, column - 1); c <= Math.Min(grid.Width - 1, column + 1); c++)
                {
                    var next = r * grid.Width + c;
                    if (grid[r, c] >= level && seen.Add(next))
                    {
                        queue.Enqueue(next);
                    }
                }
            }
        }

        return [.. seen];
    }
}
