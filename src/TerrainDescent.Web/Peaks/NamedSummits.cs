using System.Globalization;

namespace TerrainDescent.Web.Peaks;

/// <summary>
/// Reads the named summit lists shipped beside the server (<c>data/summits-*.csv</c>, columns <c>name,lat,lon</c>
/// in decimal degrees with a point, one summit a line). A malformed line is skipped, as the lists are product data
/// rather than user input.
/// </summary>
public static class NamedSummits
{
    /// <summary>The folder the lists are shipped in.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>Every named summit in <paramref name="folder"/>'s lists; none when the folder is missing.</summary>
    public static IReadOnlyList<NamedSummit> Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var summits = new List<NamedSummit>();
        foreach (var file in Directory.EnumerateFiles(folder, "summits-*.csv").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var fields = line.Split(',');
                if (fields.Length == 3
                    && double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                    && double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
                {
                    summits.Add(new NamedSummit(fields[0].Trim(), lat, lon));
                }
            }
        }

        return summits;
    }
}
