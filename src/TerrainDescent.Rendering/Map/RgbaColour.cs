using System.Globalization;

namespace TerrainDescent.Rendering.Map;

/// <summary>An sRGB colour with opacity, 0–255 per channel (alpha 255 is opaque).</summary>
/// <param name="R">Red.</param>
/// <param name="G">Green.</param>
/// <param name="B">Blue.</param>
/// <param name="A">Opacity.</param>
public readonly record struct RgbaColour(byte R, byte G, byte B, byte A = 255)
{
    /// <summary>Parses "#rrggbb" or "#rrggbbaa".</summary>
    public static RgbaColour Parse(string hex)
    {
        var digits = hex.TrimStart('#');
        if (digits.Length is not (6 or 8))
        {
            throw new FormatException($"'{hex}' is not a #rrggbb or #rrggbbaa colour");
        }

        byte Channel(int index) => byte.Parse(digits.AsSpan(index * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new RgbaColour(Channel(0), Channel(1), Channel(2), digits.Length == 8 ? Channel(3) : (byte)255);
    }

    /// <summary>"#rrggbb", ignoring opacity.</summary>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>CSS "rgba(r, g, b, a)" with a in 0–1.</summary>
    public string ToCss() => string.Create(CultureInfo.InvariantCulture, $"rgba({R}, {G}, {B}, {A / 255.0:0.###})");

    /// <summary>The same colour at opacity <paramref name="alpha"/>.</summary>
    public RgbaColour WithAlpha(byte alpha) => this with { A = alpha };

    /// <summary>Linear blend: <paramref name="t"/> = 0 gives this colour, 1 gives <paramref name="other"/>.</summary>
    public RgbaColour Lerp(RgbaColour other, double t)
    {
        byte Channel(byte a, byte b) => (byte)Math.Round(a + (b - a) * Math.Clamp(t, 0, 1));
        return new RgbaColour(Channel(R, other.R), Channel(G, other.G), Channel(B, other.B), Channel(A, other.A));
    }
}
