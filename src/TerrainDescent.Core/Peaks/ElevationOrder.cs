namespace TerrainDescent.Core.Peaks;

/// <summary>
/// Sorts the valid samples of a grid from highest to lowest, ties by ascending row-major index, with a stable
/// least-significant-digit radix sort of 32-bit keys: three passes of 11 bits, O(n), no comparisons.
/// </summary>
/// <remarks>
/// A float maps to an unsigned key whose order is the float's order (flip every bit of a negative number, only the
/// sign bit of a positive one); inverting that key gives descending order. Because the input is gathered in
/// index order and every pass is stable, equal elevations stay in index order: that is the tie-break.
/// </remarks>
internal static class ElevationOrder
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const uint DigitMask = Buckets - 1;
    private const int Passes = 3; // 11 + 11 + 10 bits cover the key

    /// <summary>The row-major indices of the non-NaN samples, highest elevation first, ties by index.</summary>
    public static int[] Descending(ReadOnlySpan<float> elevations)
    {
        var count = 0;
        foreach (var elevation in elevations)
        {
            if (!float.IsNaN(elevation))
            {
                count++;
            }
        }

        var keys = new uint[count];
        var order = new int[count];
        var histograms = new int[Passes * Buckets];
        var next = 0;
        for (var index = 0; index < elevations.Length; index++)
        {
            var elevation = elevations[index];
            if (float.IsNaN(elevation))
            {
                continue;
            }

            var key = DescendingKey(elevation);
            keys[next] = key;
            order[next] = index;
            next++;
            histograms[(int)(key & DigitMask)]++;
            histograms[Buckets + (int)((key >> DigitBits) & DigitMask)]++;
            histograms[2 * Buckets + (int)(key >> (2 * DigitBits))]++;
        }

        if (count == 0)
        {
            return order;
        }

        var spareKeys = new uint[count];
        var spareOrder = new int[count];
        for (var pass = 0; pass < Passes; pass++)
        {
            var shift = pass * DigitBits;
            var histogram = histograms.AsSpan(pass * Buckets, Buckets);
            if (histogram[(int)((keys[0] >> shift) & DigitMask)] == count)
            {
                continue; // every key shares this digit, so the pass would move nothing
            }

            Scatter(keys, order, spareKeys, spareOrder, histogram, shift);
            (keys, spareKeys) = (spareKeys, keys);
            (order, spareOrder) = (spareOrder, order);
        }

        return order;
    }

    /// <summary>
    /// The unsigned key whose ascending order is <paramref name="elevation"/>'s descending order.
    /// Adding +0 first turns −0 into +0 so that the two compare equal, as they do as floats.
    /// </summary>
    internal static uint DescendingKey(float elevation)
    {
        var bits = BitConverter.SingleToUInt32Bits(elevation + 0f);
        var ascending = (bits & 0x8000_0000u) != 0 ? ~bits : bits | 0x8000_0000u;
        return ~ascending;
    }

    /// <summary>One stable counting-sort pass on the digit at <paramref name="shift"/>.</summary>
    private static void Scatter(uint[] keys, int[] order, uint[] toKeys, int[] toOrder, Span<int> histogram, int shift)
    {
        // Exclusive prefix sums turn the digit counts into each bucket's first output slot.
        var offset = 0;
        for (var bucket = 0; bucket < Buckets; bucket++)
        {
            var bucketCount = histogram[bucket];
            histogram[bucket] = offset;
            offset += bucketCount;
        }

        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            var slot = histogram[(int)((key >> shift) & DigitMask)]++;
            toKeys[slot] = key;
            toOrder[slot] = order[i];
        }
    }
}
