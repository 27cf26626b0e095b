namespace TerrainDescent.Core.IO;

/// <summary>
/// One atomic write in progress: <see cref="Stream"/> writes a temporary file beside the target, which
/// <see cref="Commit"/> flushes to disk and renames over the target. Disposing without a commit, a failure, or
/// SIGINT/SIGTERM while it is open deletes the temporary file; the previous target stays as it was.
/// For <see cref="AtomicFile.StandardOutput"/> the stream is standard output and nothing is renamed.
/// Not thread-safe: one writer per write.
/// </summary>
public sealed class AtomicFileWriter : IDisposable
{
    private readonly string? _temporaryPath;
    private readonly string? _targetPath;
    private bool _committed;

    internal AtomicFileWriter(Stream stream, string? temporaryPath, string? targetPath)
    {
        Stream = stream;
        _temporaryPath = temporaryPath;
        _targetPath = targetPath;
    }

    /// <summary>The stream to write the content to.</summary>
    public Stream Stream { get; }

    /// <summary>
    /// Finishes the write: flushes the content to disk and renames it over the target (following a symbolic
    /// link to its target). Throws <see cref="IOException"/> when the process is being interrupted.
    /// </summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        if (_temporaryPath is null)
        {
            Stream.Flush();
            _committed = true;
            return;
        }

        if (Stream is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }

        Stream.Dispose();
        var renamed = TemporaryFiles.TryCommit(_temporaryPath, () => File.Move(_temporaryPath, _targetPath!, overwrite: true));
        _committed = true;
        if (!renamed)
        {
            TemporaryFiles.TryDelete(_temporaryPath);
            throw new IOException($"interrupted: {_targetPath} was not replaced");
        }
    }

    /// <summary>Closes the stream; without a commit, deletes the temporary file.</summary>
    public void Dispose()
    {
        if (_temporaryPath is null)
        {
            Stream.Flush();
            return;
        }

        Stream.Dispose();
        if (!_committed)
        {
            TemporaryFiles.TryDelete(_temporaryPath);
            TemporaryFiles.Forget(_temporaryPath);
            _committed = true;
        }
    }
}
