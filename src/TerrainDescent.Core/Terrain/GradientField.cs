namespace TerrainDescent.Core.Terrain;

/// <summary>
/// The metric slope at every sample of a grid: ∂z/∂east and ∂z/∂north in metres per metre.
/// </summary>
/// <remarks>
/// Central differences, O(h²): <c>∂z/∂east = (z[r, c+1] − z[r, c−1]) / (2·mx(r))</c> and
/// <c>∂z/∂north = (z[r−1, c] − z[r+1, c]) / (2·my(r))</c>, where mx(r) and my(r) are the ground lengths of one
/// sample step on row r (on a lat/lon grid mx shrinks with cos latitude, row by row).
/// Where a neighbour is off the grid or void, the one-sided difference O(h) to the other neighbour is used;
/// where both are, the component is NaN, so the surface never borrows slope across a void.
/// </remarks>
public sealed class GradientField
{
    private GradientField(int width, int height, float[] east, float[] north)
    {
        Width = width;
        Height = height;
        EastSlopes = east;
        NorthSlopes = north;
    }

    /// <summary>Number of columns.</summary>
    public int Width { get; }

    /// <summary>Number of rows.</summary>
    public int Height { get; }

    /// <summary>∂z/∂east per sample, row-major; positive where the ground rises eastwards.</summary>
    public float[] EastSlopes { get; }

    /// <summary>∂z/∂north per sample, row-major; positive where the ground rises northwards.</summary>
    public float[] NorthSlopes { get; }

    /// <summary>Computes the slope field of <paramref name="grid"/>.</summary>
    public static GradientField Compute(ElevationGrid grid)
    {
        var width = grid.Width;
        var height = grid.Height;
        var east = new float[width * height];
        var north = new float[width * height];
        var z = grid.Elevations;

        for (var row = 0; row < height; row++)
        {
            var inverseTwoMx = 1.0f / (float)(2.0 * grid.MetresPerSampleEast(row));
            var inverseTwoMy = 1.0f / (float)(2.0 * grid.MetresPerSampleNorth(row));
            var rowStart = row * width;
            var centre = z.Slice(rowStart, width);
            var eastOut = east.AsSpan(rowStart, width);
            var northOut = north.AsSpan(rowStart, width);

            // East–west: interior columns in one branch-free pass, then the edges and void-adjacent samples.
            for (var c = 1; c < width - 1; c++)
            {
                eastOut[c] = (centre[c + 1] - centre[c - 1]) * inverseTwoMx;
            }

            FixEastEdgesAndVoids(centre, eastOut, inverseTwoMx);

            if (row > 0 && row < height - 1)
            {
                var above = z.Slice(rowStart - width, width);
                var below = z.Slice(rowStart + width, width);
                for (var c = 0; c < width; c++)
                {
                    northOut[c] = (above[c] - below[c]) * inverseTwoMy;
                }

                for (var c = 0; c < width; c++)
                {
                    if (float.IsNaN(northOut[c]) || float.IsNaN(centre[c]))
                    {
                        northOut[c] = OneSided(above[c], centre[c], below[c], inverseTwoMy);
                    }
                }
            }
            else
            {
                var above = row > 0 ? z.Slice(rowStart - width, width) : default;
                var below = row < height - 1 ? z.Slice(rowStart + width, width) : default;
                for (var c = 0; c < width; c++)
                {
                    northOut[c] = OneSided(
                        above.IsEmpty ? float.NaN : above[c],
                        centre[c],
                        below.IsEmpty ? float.NaN : below[c],
                        inverseTwoMy);
                }
            }
        }

        return new GradientField(width, height, east, north);
    }

    private static void FixEastEdgesAndVoids(ReadOnlySpan<float> centre, Span<float> eastOut, float inverseTwoMx)
    {
        var last = centre.Length - 1;
        eastOut[0] = OneSided(float.NaN, centre[0], centre[1], -inverseTwoMx);
        eastOut[last] = OneSided(centre[last - 1], centre[last], float.NaN, -inverseTwoMx);
        for (var c = 1; c < last; c++)
        {
            if (float.IsNaN(eastOut[c]) || float.IsNaN(centre[c]))
            {
                eastOut[c] = OneSided(centre[c - 1], centre[c], centre[c + 1], -inverseTwoMx);
            }
        }
    }

    /// <summary>
    /// The difference <c>(before − after)·inverseTwoStep</c> with the centre standing in for a missing side
    /// (one-sided, so the factor doubles). "Before" is the sample against the axis direction for north
    /// (the row above) and, with a negated factor, for east (the column to the west). NaN at a void centre.
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
