namespace TerrainDescent.Core.IO;

/// <summary>
/// Checks a run's output paths before any work: each may be written (<see cref="AtomicFile.ProblemWriting"/>), no
/// two name the same file, and none is one of the run's inputs, or a file an input folder would read. Paths are
/// compared after following symbolic links, so a link to an input is an input too.
/// </summary>
public static class OutputGuard
{
    /// <summary>
    /// The first problem with <paramref name="outputs"/> (option name and path; a null path is an option not given),
    /// or null when every one may be written. <paramref name="inputs"/> are the run's input files and folders; a
    /// file under an input folder counts as an input when its name ends with one of <paramref name="folderExtensions"/>.
    /// </summary>
    public static string? Problem(IReadOnlyList<(string Option, string? Path)> outputs, IEnumerable<string> inputs, IReadOnlyList<string>? folderExtensions = null)
    {
        var inputTargets = inputs.Where(i => !i.StartsWith("/vsi", StringComparison.Ordinal)).Select(i => (Given: i, Target: SafeTarget(i))).ToList();
        var seen = new List<(string Option, string Target)>();
        foreach (var (option, path) in outputs)
        {
            if (path is null)
            {
                continue;
            }

            if (path == AtomicFile.StandardOutput)
            {
                if (seen.Any(s => s.Target == AtomicFile.StandardOutput))
                {
                    return $"{option} - and {seen.First(s => s.Target == AtomicFile.StandardOutput).Option} - both ask for standard output; give one a file";
                }

                seen.Add((option, AtomicFile.StandardOutput));
                continue;
            }

            var target = SafeTarget(path);
            var same = seen.FirstOrDefault(s => PathsEqual(s.Target, target));
            if (same.Option is not null)
            {
                return $"{option} {path} is the same file as {same.Option}; give each output its own file";
            }

            foreach (var (given, inputTarget) in inputTargets)
            {
                if (PathsEqual(inputTarget, target))
                {
                    return $"{option} {path} is an input of this run ({given}); refusing to overwrite it, give another file";
                }

                if (Directory.Exists(inputTarget) && IsUnder(target, inputTarget)
                    && (folderExtensions ?? []).Any(e => target.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                {
                    return $"{option} {path} is inside the input folder {given} and would be read as a tile; give a file elsewhere";
                }
            }

            var problem = AtomicFile.ProblemWriting(path);
            if (problem is not null)
            {
                return $"{option}: {problem}";
            }

            seen.Add((option, target));
        }

        return null;
    }

    private static string SafeTarget(string path)
    {
        try
        {
            return PathInspector.FinalTarget(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, Comparison);

    private static bool PathsEqual(string a, string b) => string.Equals(a, b, Comparison);

    private static StringComparison Comparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
