using System.Diagnostics;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests.Corpus;

/// <summary>
/// The bad-input corpus's files, built once per test class in a temp folder by <c>Data/make_bad_inputs.py</c>
/// (GDAL's Python bindings): damaged rasters and tiles, odd start lists, and output targets that must never be
/// replaced (read-only file, folder, pipe, dangling link). Real SRTM tiles are only copied into the temp folder.
/// </summary>
public sealed class BadInputFiles : IDisposable
{
    public BadInputFiles()
    {
        Folder = TestData.NewTempFolder("td-corpus");
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Data", "make_bad_inputs.py"));
        start.ArgumentList.Add(Folder);
        start.ArgumentList.Add(TestData.N52W007);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"make_bad_inputs.py failed: {error}");
        }
    }

    /// <summary>The folder holding every corpus file.</summary>
    public string Folder { get; }

    public void Dispose()
    {
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            if (!OperatingSystem.IsWindows() && file.LinkTarget is null)
            {
                file.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
        }

        Directory.Delete(Folder, recursive: true);
    }
}
