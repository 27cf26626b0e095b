using System.Globalization;
using TerrainDescent.Application.Inputs;

namespace TerrainDescent.Cli.Input;

/// <summary>
/// Reads starts from CSV: a header line, then one row per start. Accepted columns, in any order and case:
/// <c>lat</c> (or <c>latitude</c>) and <c>lon</c> (or <c>lng</c>, <c>longitude</c>) in WGS84 decimal degrees, both
/// required; <c>id</c> and <c>name</c>, optional (the start is named by id, else name, else "line N"). Any other
/// column is rejected by name, so a misspelt or misplaced column is never silently ignored. Fields are separated by
/// commas and may be double-quoted; blank lines are skipped; numbers use the invariant culture (a dot for decimals).
/// </summary>
public static class CsvPeaksReader
{
    private static readonly Dictionary<string, string> s_columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lat"] = "lat",
        ["latitude"] = "lat",
        ["lon"] = "lon",
        ["lng"] = "lon",
        ["longitude"] = "lon",
        ["id"] = "id",
        ["name"] = "name",
    };

    /// <summary>The starts of <paramref name="path"/>; throws <see cref="UserInputException"/> naming the line.</summary>
    public static IReadOnlyList<PeakEntry> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var headerIndex = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        var header = CsvFields.Split(lines[headerIndex].TrimStart('\uFEFF'), Where(path, headerIndex));
        var columns = Columns(header, path, headerIndex);
        var entries = new List<PeakEntry>();
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var where = Where(path, i);
            var fields = CsvFields.Split(lines[i], where);
            if (fields.Count != header.Count)
            {
                throw new UserInputException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{where}: {fields.Count} value(s), but the header has {header.Count} column(s)"));
            }

            var latitude = Number(fields[columns["lat"]], "lat", where);
            var longitude = Number(fields[columns["lon"]], "lon", where);
            PeaksFileReader.CheckPosition(latitude, longitude, where);
            var row = string.Create(CultureInfo.InvariantCulture, $"line {i + 1}");
            var id = Text(fields, columns, "id") ?? Text(fields, columns, "name") ?? row;
            entries.Add(new PeakEntry(id, latitude, longitude, row));
        }

        return entries.Count > 0
            ? entries
            : throw new UserInputException($"peaks file {path} has a header but no rows; add one row per start");
    }

    private static Dictionary<string, int> Columns(IReadOnlyList<string> header, string path, int headerIndex)
    {
        var where = Where(path, headerIndex);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (!s_columns.TryGetValue(header[i], out var column))
            {
                throw new UserInputException(
                    $"{where}: unknown column '{header[i]}'; accepted columns are lat (or latitude), lon (or lng, longitude), id and name");
            }

            if (!columns.TryAdd(column, i))
            {
                throw new UserInputException($"{where}: column '{header[i]}' repeats the {column} column");
            }
        }

        foreach (var required in new[] { "lat", "lon" })
        {
            if (!columns.ContainsKey(required))
            {
                throw new UserInputException($"{where}: no {required} column; the header needs lat and lon (for example lat,lon,id)");
            }
        }

        return columns;
    }

    private static double Number(string text, string column, string where) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new UserInputException($"{where}: {column} '{text}' is not a number in decimal degrees");

    private static string? Text(IReadOnlyList<string> fields, Dictionary<string, int> columns, string column) =>
        columns.TryGetValue(column, out var index) && fields[index].Length > 0 ? fields[index] : null;

    private static string Where(string path, int lineIndex) =>
        string.Create(CultureInfo.InvariantCulture, $"peaks file {path} line {lineIndex + 1}");
}
