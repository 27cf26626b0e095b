using System.Text;
using System.Text.Json;

namespace TerrainDescent.GeoJson.Tests;

public sealed class FixedDecimalTests
{
    /// <summary>What the general formatter writes for the rounded value: the reference the fast path must equal.</summary>
    private static string Reference(double value, int decimals)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteNumberValue(Math.Round(value, decimals));
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string? Fast(double value, int decimals)
    {
        Span<byte> text = stackalloc byte[64];
        var written = 0;
        return FixedDecimal.TryFormat(value, decimals, text, ref written) ? Encoding.UTF8.GetString(text[..written]) : null;
    }

    [Theory]
    [InlineData(7)]
    [InlineData(2)]
    public void TryFormat_ManyCoordinatesAndElevations_WritesExactlyWhatTheGeneralFormatterWrites(int decimals)
    {
        var random = new Random(20240611);
        var compared = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var magnitude = Math.Pow(10, random.Next(-6, 5));
            var value = (random.NextDouble() - 0.5) * 2 * magnitude;

            var fast = Fast(value, decimals);

            if (fast is not null)
            {
                Assert.Equal(Reference(value, decimals), fast);
                compared++;
            }
            else
            {
                Assert.True(Math.Abs(Math.Round(value, decimals)) < 2e-4, $"the fast path declined {value:R}");
            }
        }

        Assert.True(compared > 100_000, $"only {compared} of 200000 values took the fast path");
    }

    [Theory]
    [InlineData(-6.7797, 7, "-6.7797")]
    [InlineData(52.0, 7, "52")]
    [InlineData(-155.46916666666667, 7, "-155.4691667")]
    [InlineData(786.805, 2, "786.8")]
    [InlineData(0.00001, 7, null)]
    [InlineData(0.0, 2, null)]
    [InlineData(double.NaN, 2, null)]
    public void TryFormat_KnownValues_WritesTheShortDecimalOrDeclines(double value, int decimals, string? expected)
    {
        var fast = Fast(value, decimals);

        Assert.Equal(expected, fast);
    }
}
