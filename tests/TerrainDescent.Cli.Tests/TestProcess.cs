using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

/// <summary>
/// A long-running process of a test (a server, a silo, a client) whose stdout and stderr lines are collected as they
/// come, so the test can wait for a line. Dispose kills it (SIGKILL, with its children) if it still runs, so nothing
/// outlives the test, whatever the test's outcome.
/// </summary>
internal sealed class TestProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly string _name;

    private TestProcess(ProcessStartInfo start, string name)
    {
        _name = name;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Add(e.Data);
        _process.ErrorDataReceived += (_, e) => Add(e.Data);
        _process.Start();
        _process.StandardInput.Close();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    /// <summary>Every line so far, stdout and stderr interleaved as they came.</summary>
    public string Output
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    /// <summary>Starts <paramref name="program"/> with <paramref name="arguments"/> in <paramref name="folder"/>.</summary>
    public static TestProcess Start(string name, string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TERRAIN_DATA"] = TestData.SrtmFolder;
        return new TestProcess(start, name);
    }

    /// <summary>Starts the terrain-descent command line of this build, as <see cref="CliRunner"/> does.</summary>
    public static TestProcess StartCli(string name, string folder, params string[] arguments) =>
        Start(name, folder, "dotnet", [Path.Combine(AppContext.BaseDirectory, "terrain-descent.dll"), .. arguments]);

    /// <summary>A TCP port on 127.0.0.1 that nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits for a line containing <paramref name="fragment"/> and returns it; fails if the process exits first or after <paramref name="timeout"/>.</summary>
    public string WaitForLine(string fragment, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        lock (_lines)
        {
            while (true)
            {
                if (_lines.FirstOrDefault(l => l.Contains(fragment, StringComparison.Ordinal)) is { } line)
                {
                    return line;
                }

                if ((_process.HasExited && clock.Elapsed > TimeSpan.FromSeconds(1)) || clock.Elapsed > timeout)
                {
                    throw new TimeoutException($"{_name} gave no line with '{fragment}' ({(_process.HasExited ? "it exited" : "timed out")}):\n{string.Join('\n', _lines)}");
                }

                Monitor.Wait(_lines, TimeSpan.FromMilliseconds(100));
            }
        }
    }

    /// <summary>Waits for the process to end and returns its exit code; kills it and fails after <paramref name="timeout"/>.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{_name} did not finish in {timeout.TotalSeconds:F0} s:\n{Output}");
        }

        _process.WaitForExit(); // the end of its output too
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process gets no chance to leave the cluster or clean up.</summary>
    public void Kill() => _process.Kill();

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // it ended between the check and the kill
        }

        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
            Monitor.PulseAll(_lines);
        }
    }
}
