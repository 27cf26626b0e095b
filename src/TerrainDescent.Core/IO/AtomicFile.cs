namespace TerrainDescent.Core.IO;

/// <summary>
/// Writes a file all-or-nothing: the content goes to a temporary file beside the target, which is renamed over
/// the target only when writing succeeded. A failed or interrupted run leaves no half-written file.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="path"/> with <paramref name="write"/>, creating the folder when missing.
    /// Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot be written.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"{path} is a folder; give a file name");
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Checks up front that a file can be created at <paramref name="path"/> (its folder exists or can be
    /// made, and is writable), so a long run fails before it starts; returns a one-line reason or null.
    /// </summary>
    public static string? ProblemWriting(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                return $"{path} is a folder; give a file name";
            }

            var folder = Path.GetDirectoryName(full) ?? ".";
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.probe");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return $"cannot write {path}: {e.Message}";
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
