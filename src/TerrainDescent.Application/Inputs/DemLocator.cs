namespace TerrainDescent.Application.Inputs;

/// <summary>
/// Finds elevation files: an explicit path as given; otherwise a name looked up in the data folder
/// (<c>$TERRAIN_DATA</c>, else <c>../shared/data/srtm</c> from the working folder or above the program),
/// in it and in its <c>srtm1/</c> and <c>srtm3/</c> subfolders; a folder name is looked up in the data folder itself.
/// </summary>
public static class DemLocator
{
    /// <summary>The tile used when no DEM is named: SE Ireland with Mt Leinster.</summary>
    public const string DefaultTile = "N52W007.hgt";

    /// <summary>The data folder, or null when none is found.</summary>
    public static string? DataFolder()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("TERRAIN_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "srtm");
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        return null;
    }

    /// <summary>Resolves one DEM argument (null = the default tile); throws <see cref="UserInputException"/>.</summary>
    public static string Resolve(string? argument)
    {
        var name = string.IsNullOrWhiteSpace(argument) ? DefaultTile : argument;
        if (File.Exists(name) || Directory.Exists(name) || name.StartsWith("/vsi", StringComparison.Ordinal))
        {
            return name;
        }

        var folder = DataFolder();
        if (folder is not null && !Path.IsPathRooted(name))
        {
            foreach (var sub in new[] { "", "srtm3", "srtm1" })
            {
                var candidate = Path.Combine(folder, sub, name);
                if (File.Exists(candidate) || (sub.Length == 0 && Directory.Exists(candidate)))
                {
                    return candidate;
                }
            }
        }

        if (name.StartsWith('-'))
        {
            throw new UsageException($"Unrecognized command or argument '{name}' (see --help)");
        }

        throw new UserInputException(argument is null
            ? $"no DEM given and the default tile {DefaultTile} was not found (set TERRAIN_DATA to the folder of SRTM tiles)"
            : $"file not found: {argument}");
    }
}
