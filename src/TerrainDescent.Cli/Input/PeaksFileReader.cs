using System.Globalization;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Gdal;

namespace TerrainDescent.Cli.Input;

/// <summary>
/// Reads the starts of a batch from a peaks file: GeoJSON Points (what <c>peaks</c> writes; read through OGR, other
/// properties ignored, the name taken from the <c>id</c> or <c>name</c> property) or CSV (see <see cref="CsvPeaksReader"/>).
/// Every problem is one <see cref="UserInputException"/> line naming the file and the row or feature.
/// </summary>
public static class PeaksFileReader
{
    /// <summary>The starts of <paramref name="path"/>, in file order; at least one.</summary>
    public static IReadOnlyList<PeakEntry> Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UserInputException($"peaks file {path} is a folder");
        }

        if (!File.Exists(path))
        {
            throw new UserInputException($"peaks file not found: {path}");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".csv" or ".geojson" or ".json"))
        {
            throw new UserInputException($"peaks file {path} must be .geojson, .json or .csv, or give --peaks auto");
        }

        if (string.IsNullOrWhiteSpace(File.ReadAllText(path)))
        {
            throw new UserInputException(extension == ".csv"
                ? $"peaks file {path} is empty; expected a header line such as lat,lon,id and one row per start"
                : $"peaks file {path} is empty; expected a GeoJSON FeatureCollection of Points");
        }

        return extension == ".csv" ? CsvPeaksReader.Read(path) : ReadGeoJson(path);
    }

    /// <summary>Checks a latitude and longitude; throws naming <paramref name="where"/>.</summary>
    internal static void CheckPosition(double latitude, double longitude, string where)
    {
        if (!(latitude >= -90 && latitude <= 90))
        {
            throw new UserInputException($"{where}: latitude {latitude.ToString(CultureInfo.InvariantCulture)} is outside −90..90");
        }

        if (!(longitude >= -180 && longitude <= 180))
        {
            throw new UserInputException($"{where}: longitude {longitude.ToString(CultureInfo.InvariantCulture)} is outside −180..180");
        }
    }

    private static List<PeakEntry> ReadGeoJson(string path)
    {
        var features = VectorReader.ReadFeatures(path); // a file OGR cannot parse fails with its one-line reason
        if (features.Count == 0)
        {
            throw new UserInputException($"peaks file {path} holds no features; expected one Point per start");
        }

        var entries = new List<PeakEntry>(features.Count);
        for (var i = 0; i < features.Count; i++)
        {
            var feature = features[i];
            var row = string.Create(CultureInfo.InvariantCulture, $"feature {i + 1}");
            var where = $"peaks file {path} {row}";
            if (feature.GeometryType != "Point" || feature.Positions.Count != 1)
            {
                throw new UserInputException(feature.GeometryType == "None"
                    ? $"{where} has no geometry; expected a Point"
                    : $"{where} is a {feature.GeometryType}; expected a Point");
            }

            var (longitude, latitude, _) = feature.Positions[0];
            CheckPosition(latitude, longitude, where);
            var name = Field(feature, "id") ?? Field(feature, "name") ?? row;
            entries.Add(new PeakEntry(name, latitude, longitude, row));
        }

        return entries;
    }

    private static string? Field(VectorFeature feature, string name) =>
        feature.Fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
