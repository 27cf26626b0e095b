namespace TerrainDescent.Core.Batch.Shards;

/// <summary>
/// The Hilbert curve over a 2^order × 2^order grid: neighbouring distances along the curve are neighbouring cells,
/// so work taken in curve order stays local (a tile and its neighbours are read one after another).
/// </summary>
public static class HilbertCurve
{
    /// <summary>The finest order supported: 2^31 cells a side, distances below 2^62.</summary>
    public const int MaxOrder = 31;

    /// <summary>
    /// The distance along the curve of cell (<paramref name="x"/>, <paramref name="y"/>), both in 0..2^order−1;
    /// a bijection onto 0..4^order−1 (the classic rotate-and-flip walk, Hilbert 1891).
    /// </summary>
    public static ulong Distance(uint x, uint y, int order)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(order, MaxOrder);
        var side = 1u << order;
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(x, side);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(y, side);
        ulong distance = 0;
        for (var s = side >> 1; s > 0; s >>= 1)
        {
            var rx = (x & s) != 0 ? 1u : 0u;
            var ry = (y & s) != 0 ? 1u : 0u;
            distance += (ulong)s * s * ((3 * rx) ^ ry);

            // Rotate the quadrant so that the sub-curve starts and ends where its parent needs it to.
            if (ry == 0)
            {
                if (rx == 1)
                {
                    x = s - 1 - (x & (s - 1));
                    y = s - 1 - (y & (s - 1));
                }

                (x, y) = (y, x);
            }

            x &= s - 1;
            y &= s - 1;
        }

        return distance;
    }

    /// <summary>
    /// The distance of WGS84 position (<paramref name="longitudeDegrees"/>, <paramref name="latitudeDegrees"/>) on
    /// the curve of order <paramref name="order"/> laid over the whole globe (−180..180 × −90..90, clamped).
    /// </summary>
    public static ulong OfLonLat(double longitudeDegrees, double latitudeDegrees, int order)
    {
        var side = (double)(1u << order);
        var x = Cell((longitudeDegrees + 180.0) / 360.0 * side, side);
        var y = Cell((latitudeDegrees + 90.0) / 180.0 * side, side);
        return Distance(x, y, order);
    }

    private static uint Cell(double scaled, double side) =>
        double.IsNaN(scaled) ? 0u : (uint)Math.Clamp(Math.Floor(scaled), 0.0, side - 1.0);
}
