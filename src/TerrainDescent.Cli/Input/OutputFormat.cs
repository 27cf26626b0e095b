using TerrainDescent.Application.Inputs;

namespace TerrainDescent.Cli.Input;

/// <summary>
/// The format of an output follows its file's extension: a command writes one format per option and refuses a name
/// that promises another (<c>peaks --out x.csv</c> would otherwise hold GeoJSON). "-" is standard output.
/// </summary>
public static class OutputFormat
{
    /// <summary>The extensions of GeoJSON files.</summary>
    public static readonly IReadOnlyList<string> GeoJson = [".geojson", ".json"];

    /// <summary>The extension of CSV files.</summary>
    public static readonly IReadOnlyList<string> Csv = [".csv"];

    /// <summary>The endings of a file of paths: GeoJSON, GPX 1.1 tracks or a GeoPackage, chosen by the ending.</summary>
    public static readonly IReadOnlyList<string> Paths = [".geojson", ".json", ".gpx", ".gpkg"];

    /// <summary>The extension of PNG pictures.</summary>
    public static readonly IReadOnlyList<string> Png = [".png"];

    /// <summary>
    /// Throws a one-line <see cref="UserInputException"/> unless <paramref name="path"/> (null: not asked for) ends
    /// in one of <paramref name="extensions"/>, ignoring case, or is "-".
    /// </summary>
    public static void Require(string option, string? path, IReadOnlyList<string> extensions, string formatName)
    {
        if (path is null or "-" || extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var extension = Path.GetExtension(path);
        var names = string.Join(" or ", extensions.Select(e => "*" + e));
        throw new UserInputException($"{option} {path}: writes {formatName} only; name the file {names}" + (extension.Length > 0 ? $", not *{extension}" : ""));
    }
}
