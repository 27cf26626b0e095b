using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace TerrainDescent.Web.Api;

/// <summary>
/// Reads request parameters strictly: numbers in the invariant culture, finite, in range, given at most once.
/// Every failure is an <see cref="ApiInputException"/> naming the parameter and the value received.
/// </summary>
public sealed class QueryReader(IQueryCollection query)
{
    /// <summary>The raw text of <paramref name="name"/>, or null when absent; rejects a repeated parameter.</summary>
    public string? Text(string name)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        return values.Count == 1 ? values[0] : throw new ApiInputException($"{name} is given {values.Count} times; give it once");
    }

    /// <summary>A required finite number within [minimum, maximum].</summary>
    public double RequiredNumber(string name, double minimum, double maximum, string example) =>
        Number(name, double.NaN, minimum, maximum, example, required: true);

    /// <summary>An optional finite number within [minimum, maximum], <paramref name="fallback"/> when absent.</summary>
    public double Number(string name, double fallback, double minimum, double maximum, string example) =>
        Number(name, fallback, minimum, maximum, example, required: false);

    /// <summary>An optional whole number within [minimum, maximum], <paramref name="fallback"/> when absent.</summary>
    public int WholeNumber(string name, int fallback, int minimum, int maximum)
    {
        var text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw new ApiInputException(Invariant($"{name} must be a whole number from {minimum} to {maximum}, not '{Shorten(text)}'"));
        }

        return value >= minimum && value <= maximum
            ? value
            : throw new ApiInputException(Invariant($"{name} must be from {minimum} to {maximum}, not {value}"));
    }

    private double Number(string name, double fallback, double minimum, double maximum, string example, bool required)
    {
        var text = Text(name);
        if (text is null || (!required && text.Trim().Length == 0))
        {
            return required ? throw new ApiInputException($"{name} is required (a number, for example {example})") : fallback;
        }

        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new ApiInputException($"{name} must be a finite number (for example {example}), not '{Shorten(text)}'");
        }

        return value >= minimum && value <= maximum
            ? value
            : throw new ApiInputException(Invariant($"{name} must be from {minimum} to {maximum}, not {value}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Echoes at most 40 characters of a bad value, so a message stays one readable line.</summary>
    private static string Shorten(string text) => (text.Length > 40 ? text[..40] + "…" : text).ReplaceLineEndings(" ");
}
