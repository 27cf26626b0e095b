namespace TerrainDescent.GeoJson;

/// <summary>
/// Formats numbers rounded to a few decimals as JSON text, byte for byte what
/// <c>Utf8JsonWriter.WriteNumberValue(Math.Round(value, decimals))</c> writes, without the general shortest
/// round-trip formatting of a double: a batch of thousands of paths writes millions of coordinates.
/// </summary>
/// <remarks>
/// <c>Math.Round(value, d)</c> is <c>Math.Round(value · 10^d) / 10^d</c>, so the scaled integer n is exact, and the
/// shortest round-trip text of n / 10^d is the decimal n·10^−d with trailing zeros dropped (any decimal of at most 15
/// significant digits round-trips). Zero, magnitudes below 10^−4 (which .NET may print in exponent form), magnitudes
/// of 10^9 and more, and non-finite values are declined, and the caller falls back to the general formatter.
/// </remarks>
internal static class FixedDecimal
{
    private const double WholeLimit = 1e9;
    private static readonly long[] s_powersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

    /// <summary>
    /// Writes the position [x, y] or [x, y, z] (z omitted when NaN) as JSON array text into <paramref name="destination"/>
    /// (at least 96 bytes); false when a value must go through the general formatter.
    /// </summary>
    public static bool TryFormatPosition(double x, double y, double z, int coordinateDecimals, int metreDecimals, Span<byte> destination, out int written)
    {
        written = 0;
        destination[written++] = (byte)'[';
        if (!TryFormat(x, coordinateDecimals, destination, ref written))
        {
            return false;
        }

        destination[written++] = (byte)',';
        if (!TryFormat(y, coordinateDecimals, destination, ref written))
        {
            return false;
        }

        if (!double.IsNaN(z))
        {
            destination[written++] = (byte)',';
            if (!TryFormat(z, metreDecimals, destination, ref written))
            {
                return false;
            }
        }

        destination[written++] = (byte)']';
        return true;
    }

    /// <summary>Appends <paramref name="value"/> rounded to <paramref name="decimals"/> places (0 to 8) at <paramref name="written"/>.</summary>
    public static bool TryFormat(double value, int decimals, Span<byte> destination, ref int written)
    {
        var power = s_powersOfTen[decimals];
        var scaled = Math.Round(value * power);
        if (!(Math.Abs(scaled) >= power * 1e-4 && Math.Abs(scaled) < WholeLimit * power))
        {
            return false;
        }

        var n = (ulong)Math.Abs((long)scaled);
        if (scaled < 0)
        {
            destination[written++] = (byte)'-';
        }

        // The two places every position uses divide by a constant, which compiles to a multiplication.
        var (whole, fraction) = decimals switch
        {
            GeoJsonWriter.CoordinateDecimals => Math.DivRem(n, (ulong)10_000_000),
            GeoJsonWriter.MetreDecimals => Math.DivRem(n, (ulong)100),
            _ => Math.DivRem(n, (ulong)s_powersOfTen[decimals]),
        };
        written += WriteDigits(destination[written..], whole, minimumDigits: 1);
        if (fraction != 0)
        {
            var digits = decimals;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            destination[written++] = (byte)'.';
            written += WriteDigits(destination[written..], fraction, digits);
        }

        return true;
    }

    /// <summary>
    /// Writes <paramref name="value"/> in decimal, zero-padded on the left to <paramref name="minimumDigits"/>, two
    /// digits per division; returns the digits written.
    /// </summary>
    private static int WriteDigits(Span<byte> destination, ulong value, int minimumDigits)
    {
        var count = 1;
        for (var bound = 10UL; count < 19 && value >= bound; bound *= 10)
        {
            count++;
        }

        count = Math.Max(count, minimumDigits);
        var at = count;
        var pairs = DigitPairs;
        while (value >= 100)
        {
            var (rest, pair) = Math.DivRem(value, 100UL);
            at -= 2;
            destination[at] = pairs[(int)pair * 2];
            destination[at + 1] = pairs[((int)pair * 2) + 1];
            value = rest;
        }

        if (value >= 10)
        {
            at -= 2;
            destination[at] = pairs[(int)value * 2];
            destination[at + 1] = pairs[((int)value * 2) + 1];
        }
        else
        {
            destination[--at] = (byte)('0' + (int)value);
        }

        destination[..at].Fill((byte)'0');
        return count;
    }

    /// <summary>"00", "01", … "99" one after another.</summary>
    private static ReadOnlySpan<byte> DigitPairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;
}
