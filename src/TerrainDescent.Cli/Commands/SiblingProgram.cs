using System.Runtime.InteropServices;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// Runs another TerrainDescent program installed beside this one in place of this process, with POSIX
/// <c>execv</c>: it keeps this process's id, standard streams, terminal and signals, so Ctrl+C, SIGTERM and a
/// parent waiting for this process all reach it as if it had been started directly. A program published as an
/// executable (an app host or a native binary) is run as it is; one built as a .NET assembly only is run by the
/// <c>dotnet</c> host this process runs under.
/// </summary>
internal static partial class SiblingProgram
{
    /// <summary>
    /// Replaces this process with <paramref name="name"/> (a path relative to this program's folder) and
    /// <paramref name="arguments"/>; returns (with a one-line error) only when the program is missing or cannot be started.
    /// </summary>
    public static int Replace(string name, IReadOnlyList<string> arguments)
    {
        var folder = AppContext.BaseDirectory;
        var executable = Path.GetFullPath(Path.Combine(folder, name));
        var assembly = executable + ".dll";
        var host = Environment.ProcessPath;
        string file;
        List<string?> argv;
        if (File.Exists(executable))
        {
            (file, argv) = (executable, [executable]);
        }
        else if (File.Exists(assembly) && host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            (file, argv) = (host, [host, assembly]);
        }
        else
        {
            return CommandGuard.Fail($"{executable} is not installed; run scripts/setup.sh to publish it", CommandGuard.InputError);
        }

        argv.AddRange(arguments);
        argv.Add(null);
        Console.Out.Flush();
        Console.Error.Flush();
        Execv(file, [.. argv]);
        return CommandGuard.Fail($"cannot start {file}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}", CommandGuard.InternalError);
    }

    /// <summary>POSIX execv: returns only on failure (−1, errno set).</summary>
    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Execv(string path, string?[] argv);
}
