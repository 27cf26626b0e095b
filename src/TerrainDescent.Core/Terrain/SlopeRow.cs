using System.Numerics;

namespace TerrainDescent.Core.Terrain;

/// <summary>
/// The slopes of one grid row (see <see cref="GradientField"/>): a SIMD pass of central differences over the
/// interior, then a scalar pass for the edge columns, the edge rows, and rows that touch a void.
/// </summary>
internal static class SlopeRow
{
    /// <summary>Writes row <paramref name="row"/> of the east and north slope arrays.</summary>
    public static void Compute(ElevationGrid grid, int row, float[] east, float[] north)
    {
        var width = grid.Width;
        var z = grid.Elevations;
        var start = row * width;
        var centre = z.Slice(start, width);
        var eastOut = east.AsSpan(start, width);
        var northOut = north.AsSpan(start, width);
        var inverseTwoMx = 1.0f / (float)(2.0 * grid.MetresPerSampleEast(row));
        var inverseTwoMy = 1.0f / (float)(2.0 * grid.MetresPerSampleNorth(row));
        var above = row > 0 ? z.Slice(start - width, width) : default;
        var below = row < grid.Height - 1 ? z.Slice(start + width, width) : default;

        var clean = !above.IsEmpty && !below.IsEmpty
            && CentralDifferences(centre, above, below, eastOut, northOut, inverseTwoMx, inverseTwoMy);
        if (clean)
        {
            eastOut[0] = OneSided(float.NaN, centre[0], centre[1], -inverseTwoMx);
            eastOut[width - 1] = OneSided(centre[width - 2], centre[width - 1], float.NaN, -inverseTwoMx);
            return;
        }

        // Edge rows and rows touching a void: every sample with the one-sided rule where a neighbour is missing.
        for (var c = 0; c < width; c++)
        {
            eastOut[c] = OneSided(c > 0 ? centre[c - 1] : float.NaN, centre[c], c < width - 1 ? centre[c + 1] : float.NaN, -inverseTwoMx);
            northOut[c] = OneSided(above.IsEmpty ? float.NaN : above[c], centre[c], below.IsEmpty ? float.NaN : below[c], inverseTwoMy);
        }
    }

    /// <summary>
    /// Central differences over the interior columns (east) and all columns (north), vectorised.
    /// Returns false when any of the three rows holds a void, so the caller redoes the row with the one-sided rule.
    /// </summary>
    private static bool CentralDifferences(
        ReadOnlySpan<float> centre, ReadOnlySpan<float> above, ReadOnlySpan<float> below,
        Span<float> eastOut, Span<float> northOut, float inverseTwoMx, float inverseTwoMy)
    {
        var width = centre.Length;
        var mx = new Vector<float>(inverseTwoMx);
        var my = new Vector<float>(inverseTwoMy);
        var lanes = Vector<float>.Count;
        var finite = Vector<int>.AllBitsSet;
        var c = 0;
        for (; c + lanes + 1 < width; c += lanes)
        {
            var left = new Vector<float>(centre[c..]);
            var middle = new Vector<float>(centre[(c + 1)..]);
            var right = new Vector<float>(centre[(c + 2)..]);
            var up = new Vector<float>(above[(c + 1)..]);
            var down = new Vector<float>(below[(c + 1)..]);
            ((right - left) * mx).CopyTo(eastOut[(c + 1)..]);
            ((up - down) * my).CopyTo(northOut[(c + 1)..]);

            // x == x is false only for NaN: a void anywhere in the five inputs clears a lane.
            finite &= Vector.Equals(left, left) & Vector.Equals(right, right) & Vector.Equals(middle, middle)
                & Vector.Equals(up, up) & Vector.Equals(down, down);
        }

        for (c++; c < width - 1; c++)
        {
            eastOut[c] = (centre[c + 1] - centre[c - 1]) * inverseTwoMx;
            northOut[c] = (above[c] - below[c]) * inverseTwoMy;
            if (float.IsNaN(centre[c - 1] + centre[c] + centre[c + 1] + above[c] + below[c]))
            {
                return false;
            }
        }

        northOut[0] = (above[0] - below[0]) * inverseTwoMy;
        northOut[width - 1] = (above[width - 1] - below[width - 1]) * inverseTwoMy;
        return Vector.EqualsAll(finite, Vector<int>.AllBitsSet)
            && !float.IsNaN(centre[0] + centre[width - 1] + above[0] + below[0] + above[width - 1] + below[width - 1]);
    }

    /// <summary>
    /// The difference <c>(before − after)·inverseTwoStep</c> with the centre standing in for a missing side
    /// (one-sided, so the factor doubles). "Before" is the row above for north and, with a negated factor,
    /// the column to the west for east. NaN at a void centre or with both sides missing.
    /// </summary>
    private static float OneSided(float before, float centre, float after, float inverseTwoStep)
    {
        if (float.IsNaN(centre))
        {
            return float.NaN;
        }

        var hasBefore = !float.IsNaN(before);
        var hasAfter = !float.IsNaN(after);
        if (hasBefore && hasAfter)
        {
            return (before - after) * inverseTwoStep;
        }

        if (hasBefore)
        {
            return (before - centre) * 2 * inverseTwoStep;
        }

        return hasAfter ? (centre - after) * 2 * inverseTwoStep : float.NaN;
    }
}
