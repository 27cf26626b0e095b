using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace TerrainDescent.Web.Api;

/// <summary>
/// Reads request parameters strictly, as the CLI reads options: only the route's known parameters, each given at
/// most once and never empty, numbers written plainly in the invariant culture (optional sign, digits, optional
/// decimal point and exponent: no spaces, thousands separators, hex, "Infinity" or "NaN"), finite and in range.
/// Every failure is an <see cref="ApiInputException"/> naming the parameter and the value received.
/// </summary>
public sealed class QueryReader
{
    private const NumberStyles PlainNumber = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private readonly IQueryCollection _query;

    /// <summary>
    /// A reader of <paramref name="query"/> that accepts only <paramref name="knownNames"/> (case-sensitive, as
    /// the routes name them); throws <see cref="ApiInputException"/> for the first unknown parameter.
    /// </summary>
    public QueryReader(IQueryCollection query, params IReadOnlyCollection<string> knownNames)
    {
        _query = query;
        foreach (var (name, _) in query)
        {
            if (!knownNames.Contains(name, StringComparer.Ordinal))
            {
                throw new ApiInputException(knownNames.Count == 0
                    ? $"unknown parameter '{Shorten(name)}'; this route takes no parameters"
                    : $"unknown parameter '{Shorten(name)}'; known: {string.Join(", ", knownNames)}");
            }
        }
    }

    /// <summary>The raw text of <paramref name="name"/>, or null when absent; rejects a repeated or empty parameter.</summary>
    public string? Text(string name)
    {
        if (!_query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            throw new ApiInputException($"{name} is given {values.Count} times; give it once");
        }

        return string.IsNullOrWhiteSpace(values[0])
            ? throw new ApiInputException($"{name} is empty; give a value or leave the parameter out")
            : values[0];
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

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
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
        if (text is null)
        {
            return required ? throw new ApiInputException($"{name} is required (a number, for example {example})") : fallback;
        }

        if (!double.TryParse(text, PlainNumber, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
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
