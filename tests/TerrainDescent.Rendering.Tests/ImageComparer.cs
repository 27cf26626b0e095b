using System.Globalization;
using System.Runtime.CompilerServices;

namespace TerrainDescent.Rendering.Tests;

/// <summary>
/// Compares a picture with a committed reference PNG under <c>Data/</c>, tolerantly: a pixel differs when any
/// channel is more than <see cref="ChannelTolerance"/> away, and the pictures match while at most
/// <see cref="AllowedShare"/> of the pixels differ (glyph edges may shift by a shade between font builds).
/// </summary>
/// <remarks>
/// A missing reference fails the test. Set <c>TD_UPDATE_REFERENCES=1</c> to write the pictures as the new references,
/// only for a deliberate visual change (and say so in the commit). On a mismatch the actual picture is written
/// next to the test output for inspection.
/// </remarks>
internal static class ImageComparer
{
    /// <summary>Largest difference, 0–255, of one channel that still counts as the same.</summary>
    public const int ChannelTolerance = 16;

    /// <summary>Share of the pixels, 0–1, allowed to differ.</summary>
    public const double AllowedShare = 0.001;

    /// <summary>The share of pixels of <paramref name="actual"/> that differ from <paramref name="expected"/> (1 when the sizes differ).</summary>
    public static double DifferingShare(MapImage expected, MapImage actual)
    {
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return 1;
        }

        var differing = 0;
        for (var i = 0; i < expected.Pixels.Length; i += 4)
        {
            for (var c = 0; c < 4; c++)
            {
                if (Math.Abs(expected.Pixels[i + c] - actual.Pixels[i + c]) > ChannelTolerance)
                {
                    differing++;
                    break;
                }
            }
        }

        return differing / (double)(expected.Width * expected.Height);
    }

    /// <summary>Whether the two pictures match within the tolerances.</summary>
    public static bool Matches(MapImage expected, MapImage actual) => DifferingShare(expected, actual) <= AllowedShare;

    /// <summary>The reference picture <paramref name="name"/> from the test's <c>Data/</c> folder.</summary>
    public static MapImage Reference(string name, [CallerFilePath] string sourceFile = "") =>
        MapImage.DecodePng(File.ReadAllBytes(ReferencePath(name, sourceFile)));

    /// <summary>Asserts that <paramref name="actual"/> matches the reference <paramref name="name"/>.</summary>
    public static void AssertMatchesReference(MapImage actual, string name, [CallerFilePath] string sourceFile = "")
    {
        var path = ReferencePath(name, sourceFile);
        if (Environment.GetEnvironmentVariable("TD_UPDATE_REFERENCES") == "1")
        {
            File.WriteAllBytes(path, actual.EncodePng());
            return;
        }

        Assert.True(File.Exists(path), $"no reference picture {path}; write it with TD_UPDATE_REFERENCES=1 after looking at it");
        var share = DifferingShare(MapImage.DecodePng(File.ReadAllBytes(path)), actual);
        if (share > AllowedShare)
        {
            var written = Path.Combine(Path.GetTempPath(), "td-actual-" + name);
            File.WriteAllBytes(written, actual.EncodePng());
            Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"{name}: {share:P2} of the pixels differ (allowed {AllowedShare:P2}); the picture drawn is {written}"));
        }
    }

    /// <summary>The reference in the source tree, so a regenerated one is committed, not left in bin/.</summary>
    private static string ReferencePath(string name, string sourceFile)
    {
        var folder = Path.GetDirectoryName(sourceFile)!;
        while (!File.Exists(Path.Combine(folder, "TerrainDescent.Rendering.Tests.csproj")))
        {
            folder = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException($"no test project above {sourceFile}");
        }

        return Path.Combine(folder, "Data", name);
    }
}
