namespace TerrainDescent.Core.IO;

/// <summary>
/// Writes a file all-or-nothing: the content goes to a temporary file beside the target, which is renamed over
/// the target only when writing succeeded. A failed or interrupted run (SIGINT, SIGTERM) leaves no half-written
/// file and no temporary file, and the previous target survives. Only a regular file is ever replaced: a folder,
/// a device, a pipe or a read-only file is refused, and a missing folder is never created. A symbolic link is
/// followed, and its target is replaced atomically (the link itself stays). <see cref="StandardOutput"/> ("-")
/// writes to standard output.
/// </summary>
public static class AtomicFile
{
    /// <summary>The path that means standard output.</summary>
    public const string StandardOutput = "-";

    /// <summary>
    /// Writes <paramref name="path"/> with <paramref name="write"/>.
    /// Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot be written.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        using var writer = Begin(path);
        write(writer.Stream);
        writer.Commit();
    }

    /// <summary>
    /// Starts an atomic write of <paramref name="path"/>, for content produced over time (for example streamed
    /// while work runs): write to <see cref="AtomicFileWriter.Stream"/>, then <see cref="AtomicFileWriter.Commit"/>.
    /// Throws <see cref="IOException"/> when <paramref name="path"/> may not be written (see <see cref="ProblemWriting"/>).
    /// </summary>
    public static AtomicFileWriter Begin(string path)
    {
        if (path == StandardOutput)
        {
            return new AtomicFileWriter(Console.OpenStandardOutput(), null, null);
        }

        var target = Target(path, out var problem);
        if (problem is not null)
        {
            throw new IOException(problem);
        }

        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        if (!TemporaryFiles.Register(temporary))
        {
            throw new IOException($"interrupted: {path} was not written");
        }

        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            return new AtomicFileWriter(stream, temporary, target);
        }
        catch
        {
            TemporaryFiles.Forget(temporary);
            throw;
        }
    }

    /// <summary>
    /// Checks up front that <paramref name="path"/> may be written, so a long run fails before it starts: its folder
    /// exists and is writable, and it is not a folder, a device or other special file, or a read-only file.
    /// Returns a one-line reason, or null when it may be written. Standard output ("-") always may.
    /// </summary>
    public static string? ProblemWriting(string path)
    {
        if (path == StandardOutput)
        {
            return null;
        }

        var target = Target(path, out var problem);
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            var probe = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.probe");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write {path}: its folder {Path.GetDirectoryName(target)} is not writable";
        }
    }

    /// <summary>The file that writing <paramref name="path"/> replaces (a link's final target), and why it may not be.</summary>
    private static string Target(string path, out string? problem)
    {
        problem = null;
        string target;
        try
        {
            target = PathInspector.FinalTarget(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problem = $"cannot write '{path}': not a valid file path";
            return path;
        }

        var shown = target == Path.GetFullPath(path) ? path : $"{path} (a link to {target})";
        var folder = Path.GetDirectoryName(target);
        switch (PathInspector.KindOf(target))
        {
            case PathKind.Folder:
                problem = $"cannot write {shown}: it is a folder; give a file name";
                break;
            case PathKind.Special:
                problem = $"cannot write {shown}: it is a device or other special file, not a regular file";
                break;
            case PathKind.Regular when PathInspector.IsReadOnly(target):
                problem = $"cannot write {shown}: the file is read-only; it was left as it is";
                break;
            case PathKind.Missing when folder is null || !Directory.Exists(folder):
                problem = $"cannot write {shown}: the folder {folder} does not exist (it is not created)";
                break;
        }

        return target;
    }
}
