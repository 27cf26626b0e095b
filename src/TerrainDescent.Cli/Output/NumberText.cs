using System.Globalization;

namespace TerrainDescent.Cli.Output;

/// <summary>Formats numbers for tutorial-style output: shortest round-trip digits, lower-case exponent.</summary>
public static class NumberText
{
    /// <summary>The shortest text that reads back as <paramref name="value"/>, e.g. <c>6.124075383695526e-06</c>.</summary>
    public static string RoundTrip(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = text.IndexOf('E', StringComparison.Ordinal);
        if (exponent < 0)
        {
            return text;
        }

        // .NET writes E-06 / E+20; keep the mantissa and write the exponent as e-06 / e+20 with two digits at least.
        var power = int.Parse(text[(exponent + 1)..], CultureInfo.InvariantCulture);
        return FormattableString.Invariant($"{text[..exponent]}e{(power < 0 ? '-' : '+')}{Math.Abs(power):00}");
    }

    /// <summary><paramref name="value"/> to <paramref name="digits"/> significant digits, lower-case exponent.</summary>
    public static string Significant(double value, int digits) =>
        RoundTrip(double.Parse(value.ToString("G" + digits, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    /// <summary>A vector as <c>[a, b, c]</c> with round-trip digits.</summary>
    public static string Vector(ReadOnlySpan<double> values)
    {
        var parts = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            parts[i] = RoundTrip(values[i]);
        }

        return "[" + string.Join(", ", parts) + "]";
    }
}
