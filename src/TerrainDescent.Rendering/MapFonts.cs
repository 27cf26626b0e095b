using SkiaSharp;

namespace TerrainDescent.Rendering;

/// <summary>
/// The typefaces of the pictures: DejaVu Sans (Debian's fonts-dejavu-core), regular and bold, loaded once from
/// their files so that every machine draws the same glyphs; fontconfig's DejaVu when the files are elsewhere.
/// </summary>
public static class MapFonts
{
    /// <summary>Folders searched for the DejaVu files, first match wins.</summary>
    public static readonly IReadOnlyList<string> Folders =
        ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/usr/local/share/fonts"];

    private static readonly Lazy<SKTypeface> s_regular = new(() => Load("DejaVuSans.ttf", SKFontStyle.Normal));
    private static readonly Lazy<SKTypeface> s_bold = new(() => Load("DejaVuSans-Bold.ttf", SKFontStyle.Bold));

    /// <summary>DejaVu Sans.</summary>
    public static SKTypeface Regular => s_regular.Value;

    /// <summary>DejaVu Sans Bold.</summary>
    public static SKTypeface Bold => s_bold.Value;

    private static SKTypeface Load(string fileName, SKFontStyle style)
    {
        foreach (var folder in Folders)
        {
            var path = Path.Combine(folder, fileName);
            if (File.Exists(path) && SKTypeface.FromFile(path) is { } typeface)
            {
                return typeface;
            }
        }

        var matched = SKFontManager.Default.MatchFamily("DejaVu Sans", style);
        return matched ?? throw new InvalidOperationException(
            $"the DejaVu Sans font is missing: install Debian's fonts-dejavu-core (looked for {fileName} in {string.Join(", ", Folders)})");
    }
}
