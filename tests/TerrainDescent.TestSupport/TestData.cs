namespace TerrainDescent.TestSupport;

/// <summary>Locates the shared real SRTM tiles and reference data the tests read (never copied into the repository).</summary>
public static class TestData
{
    /// <summary>
    /// The SRTM folder: <c>$TERRAIN_DATA</c> when set, else <c>../shared/data/srtm</c> found by walking up from the test binaries.
    /// </summary>
    public static string SrtmFolder { get; } = FindSrtmFolder();

    /// <summary>The headline SRTM3 tile with Mt Leinster.</summary>
    public static string N52W007 => Tile("srtm3/N52W007.hgt");

    /// <summary>A tile path under the SRTM folder, for example <c>srtm1/N48W125.hgt</c>.</summary>
    public static string Tile(string relative) => Path.Combine(SrtmFolder, relative);

    /// <summary>The reference folder with independent elevations and gradients.</summary>
    public static string ReferenceFolder => Path.Combine(SrtmFolder, "..", "reference");

    /// <summary>A fresh empty folder under the system temp folder, for a test's outputs.</summary>
    public static string NewTempFolder(string prefix = "td-test")
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindSrtmFolder()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("TERRAIN_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "srtm");
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new DirectoryNotFoundException("Cannot find ../shared/data/srtm above the test binaries; set TERRAIN_DATA.");
    }
}
