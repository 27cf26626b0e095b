using System.Runtime.InteropServices;

namespace TerrainDescent.Core.IO;

/// <summary>
/// The temporary files of unfinished atomic writes, deleted when the process is interrupted (SIGINT, SIGTERM,
/// SIGQUIT, Ctrl+C) or exits without committing them. The handlers do not cancel the signal: the process still
/// stops as it would have, only without its half-written files. A commit (the rename onto the target) and the
/// clean-up take one lock, so a file is either renamed whole or deleted, never renamed after an interrupt.
/// </summary>
internal static class TemporaryFiles
{
    private static readonly Lock s_gate = new();
    private static readonly HashSet<string> s_open = new(StringComparer.Ordinal);
    private static List<PosixSignalRegistration>? s_registrations;
    private static bool s_interrupted;

    /// <summary>Registers <paramref name="path"/> for deletion on interruption; false once the process is stopping.</summary>
    public static bool Register(string path)
    {
        lock (s_gate)
        {
            if (s_interrupted)
            {
                return false;
            }

            s_registrations ??= RegisterHandlers();
            s_open.Add(path);
            return true;
        }
    }

    /// <summary>Forgets <paramref name="path"/> (deleted or renamed by its writer).</summary>
    public static void Forget(string path)
    {
        lock (s_gate)
        {
            s_open.Remove(path);
        }
    }

    /// <summary>Runs <paramref name="commit"/> for <paramref name="path"/> unless the process is being interrupted.</summary>
    public static bool TryCommit(string path, Action commit)
    {
        lock (s_gate)
        {
            if (s_interrupted)
            {
                return false;
            }

            commit();
            s_open.Remove(path);
            return true;
        }
    }

    /// <summary>Deletes every registered file and refuses later commits; the process is about to stop.</summary>
    public static void DeleteAll()
    {
        lock (s_gate)
        {
            s_interrupted = true;
            foreach (var path in s_open)
            {
                TryDelete(path);
            }

            s_open.Clear();
        }
    }

    /// <summary>Deletes <paramref name="path"/>, ignoring a file already gone or not deletable.</summary>
    public static void TryDelete(string path)
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

    private static List<PosixSignalRegistration> RegisterHandlers()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();
        var registrations = new List<PosixSignalRegistration>();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT })
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, _ => DeleteAll()));
            }
            catch (PlatformNotSupportedException)
            {
                // SIGQUIT has no equivalent on Windows; SIGINT and SIGTERM do.
            }
        }

        return registrations;
    }
}
