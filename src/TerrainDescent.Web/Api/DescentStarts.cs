using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace TerrainDescent.Web.Api;

/// <summary>
/// The starts of a download request: either one start as <c>lat</c> and <c>lon</c> (as <see cref="DescentQuery"/>
/// reads it), or several as <c>starts=LAT,LON;LAT,LON;…</c> (WGS84 degrees, each number written plainly in the
/// invariant culture, at most <see cref="MaxStarts"/>). Every start shares the methods and parameters of the request;
/// the result is one <see cref="DescentQuery"/> per start, in the order given.
/// </summary>
public static class DescentStarts
{
    /// <summary>The most starts one request may name.</summary>
    public const int MaxStarts = 20;

    private const NumberStyles PlainNumber = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Every parameter the download routes take: the descent's, and <c>starts</c>.</summary>
    public static IReadOnlyList<string> KnownNames { get; } = [.. DescentQuery.KnownNames, "starts"];

    /// <summary>Parses and validates <paramref name="query"/>; throws <see cref="ApiInputException"/> on the first problem.</summary>
    public static IReadOnlyList<DescentQuery> Parse(IQueryCollection query)
    {
        var reader = new QueryReader(query, KnownNames);
        var list = reader.Text("starts");
        if (list is null)
        {
            return [DescentQuery.Parse(query)];
        }

        if (query.ContainsKey("lat") || query.ContainsKey("lon"))
        {
            throw new ApiInputException("give either lat and lon (one start) or starts (several), not both");
        }

        var items = list.Split(';');
        if (items.Length > MaxStarts)
        {
            throw new ApiInputException($"starts names {items.Length} starts; at most {MaxStarts} per request");
        }

        var starts = items.Select((item, i) => ParseStart(item, i + 1)).ToList();
        var (methods, options, snapRadius) = DescentQuery.ParseRun(reader);
        return starts.Select(s => new DescentQuery(s.Latitude, s.Longitude, methods, options, snapRadius)).ToList();
    }

    private static (double Latitude, double Longitude) ParseStart(string item, int number)
    {
        var parts = item.Split(',');
        if (parts.Length != 2
            || !double.TryParse(parts[0], PlainNumber, CultureInfo.InvariantCulture, out var latitude)
            || !double.TryParse(parts[1], PlainNumber, CultureInfo.InvariantCulture, out var longitude)
            || !double.IsFinite(latitude) || !double.IsFinite(longitude))
        {
            var shown = item.Length > 40 ? item[..40] + "…" : item;
            throw new ApiInputException($"starts: start {number} must be LAT,LON in decimal degrees (for example 52.6175,-6.7797), not '{shown.ReplaceLineEndings(" ")}'");
        }

        if (Math.Abs(latitude) > 90 || Math.Abs(longitude) > 180)
        {
            throw new ApiInputException(string.Create(CultureInfo.InvariantCulture, $"starts: start {number} ({latitude},{longitude}) is off the globe: latitude −90..90, longitude −180..180"));
        }

        return (latitude, longitude);
    }
}
