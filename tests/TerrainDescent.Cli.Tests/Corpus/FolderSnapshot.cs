using System.Security.Cryptography;

namespace TerrainDescent.Cli.Tests.Corpus;

/// <summary>
/// What a folder holds, to prove a run changed nothing: every entry's relative path, kind, permissions and, for
/// files, a SHA-256 of the content. Symbolic links are described by their target and never followed; the corpus's
/// named pipe (<see cref="PipeName"/>) is described, never opened, since opening it would block.
/// </summary>
internal static class FolderSnapshot
{
    public const string PipeName = "pipe.geojson";

    public static IReadOnlyList<string> Take(string folder)
    {
        var entries = new List<string>();
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, entry.FullName);
            var mode = entry.UnixFileMode;
            if (entry.LinkTarget is not null)
            {
                entries.Add($"{relative} -> {entry.LinkTarget}");
            }
            else if (entry is DirectoryInfo)
            {
                entries.Add($"{relative}/ {mode}");
            }
            else if (entry.Name == PipeName)
            {
                entries.Add($"{relative} pipe {mode}");
            }
            else
            {
                using var stream = File.OpenRead(entry.FullName);
                entries.Add($"{relative} {mode} {Convert.ToHexString(SHA256.HashData(stream))}");
            }
        }

        return entries;
    }
}
