using System.Buffers;

namespace TerrainDescent.Core.Terrain;

/// <summary>
/// The total ascent and descent along a path, in metres, counted with a hysteresis threshold: a change is added
/// only once the elevation has moved at least <see cref="ThresholdMetres"/> from the last counted elevation, so
/// sub-threshold wobble (bilinear ripples, a rolling ball's small rebounds) does not inflate the totals. This is
/// the usual GPS-track rule; with threshold 0 every rise and fall counts. Vertices without a finite elevation are
/// skipped.
/// </summary>
/// <param name="AscentMetres">The sum of counted rises, metres (≥ 0).</param>
/// <param name="DescentMetres">The sum of counted falls, metres (≥ 0).</param>
/// <param name="ThresholdMetres">The hysteresis threshold used, metres.</param>
public readonly record struct ClimbTotals(double AscentMetres, double DescentMetres, double ThresholdMetres)
{
    /// <summary>The threshold every output states and uses unless told otherwise, metres.</summary>
    public const double DefaultThresholdMetres = 1.0;

    /// <summary>The totals of <paramref name="path"/> at <see cref="DefaultThresholdMetres"/>.</summary>
    public static ClimbTotals Of(TerrainPath path) => Of(path.Vertices, DefaultThresholdMetres);

    /// <summary>The totals of <paramref name="vertices"/> at <paramref name="thresholdMetres"/> (≥ 0).</summary>
    public static ClimbTotals Of(IReadOnlyList<PathVertex> vertices, double thresholdMetres)
    {
        if (vertices is PathVertex[] array)
        {
            return Of(new ReadOnlySpan<PathVertex>(array), thresholdMetres);
        }

        // A long path's chunks are read through a pooled copy rather than a fresh one: the chunks exist so that a
        // long path never takes a large-object allocation.
        var copy = ArrayPool<PathVertex>.Shared.Rent(vertices.Count);
        try
        {
            for (var i = 0; i < vertices.Count; i++)
            {
                copy[i] = vertices[i];
            }

            return Of(copy.AsSpan(0, vertices.Count), thresholdMetres);
        }
        finally
        {
            ArrayPool<PathVertex>.Shared.Return(copy);
        }
    }

    /// <summary>The totals of <paramref name="vertices"/> at <paramref name="thresholdMetres"/> (≥ 0).</summary>
    public static ClimbTotals Of(ReadOnlySpan<PathVertex> vertices, double thresholdMetres)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(thresholdMetres);
        var ascent = 0.0;
        var descent = 0.0;
        var reference = double.NaN;
        for (var i = 0; i < vertices.Length; i++)
        {
            var elevation = vertices[i].ElevationMetres;
            if (!double.IsFinite(elevation))
            {
                continue;
            }

            if (double.IsNaN(reference))
            {
                reference = elevation;
                continue;
            }

            var change = elevation - reference;
            if (change >= thresholdMetres && change > 0)
            {
                ascent += change;
                reference = elevation;
            }
            else if (-change >= thresholdMetres && change < 0)
            {
                descent -= change;
                reference = elevation;
            }
        }

        return new ClimbTotals(ascent, descent, thresholdMetres);
    }
}
