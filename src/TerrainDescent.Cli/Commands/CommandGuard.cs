using Spectre.Console;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Cli.Input;
using TerrainDescent.Core.IO;
using TerrainDescent.Core.Terrain.Tiles;
using TerrainDescent.Gdal;
using TerrainDescent.Gdal.Tiles;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// Runs a command body and turns every expected failure into one line on stderr and a non-zero exit code:
/// 1 for bad input or an unreadable/unwritable file, 70 for an internal error (still one line, no stack trace).
/// </summary>
public static class CommandGuard
{
    /// <summary>Exit code for bad input, unreadable input files and unwritable outputs.</summary>
    public const int InputError = Failures.InputError;

    /// <summary>Exit code for command-line syntax errors.</summary>
    public const int UsageError = Failures.UsageError;

    /// <summary>Exit code for an unexpected failure.</summary>
    public const int InternalError = Failures.InternalError;

    /// <summary>Runs <paramref name="body"/> and maps its failures to one line and an exit code (<see cref="Failures"/>).</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e)
        {
            var (message, exitCode) = Failures.Describe(e);
            return Fail(message, exitCode);
        }
    }

    /// <summary>
    /// Refuses, before any work, outputs that may not be written, that share a file, or that are one of the run's
    /// inputs (<paramref name="inputs"/>: DEM arguments as given, null for the default tile, and other input files).
    /// Throws <see cref="UserInputException"/> with the reason.
    /// </summary>
    public static void CheckOutputs(IReadOnlyList<(string Option, string? Path)> outputs, IEnumerable<string?> inputs)
    {
        var resolved = new List<string>();
        foreach (var input in inputs)
        {
            try
            {
                resolved.Add(DemLocator.Resolve(input));
            }
            catch (UserInputException)
            {
                // A missing input is reported when it is read; it cannot be overwritten meanwhile.
            }
        }

        var problem = OutputGuard.Problem(outputs, resolved, TileCatalog.FolderExtensions);
        if (problem is not null)
        {
            throw new UserInputException(problem);
        }
    }

    /// <summary>
    /// When an output is standard output (<c>--out -</c> or <c>--summary -</c>), sends every message, table and
    /// progress line to stderr instead, so that standard output carries the data alone. Call before any output.
    /// </summary>
    public static void KeepStandardOutputForData(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var isOutput = args[i] is "--out" or "--summary";
            if ((isOutput && i + 1 < args.Count && args[i + 1] == AtomicFile.StandardOutput) || args[i] is "--out=-" or "--summary=-")
            {
                Console.SetOut(Console.Error);
                return;
            }
        }
    }

    /// <summary>Writes "terrain-descent: error: MESSAGE" as one line on stderr and returns <paramref name="exitCode"/>.</summary>
    public static int Fail(string message, int exitCode)
    {
        Console.Error.WriteLine(Failures.ErrorLine(message));
        return exitCode;
    }

    /// <summary>
    /// The width tables are laid out to: the terminal's when stdout is one; otherwise <c>$COLUMNS</c> when set (as a
    /// script may ask for), else 200, which keeps every row on one line in logs and pipes.
    /// </summary>
    public static int WidthColumns
    {
        get
        {
            if (!Console.IsOutputRedirected)
            {
                try
                {
                    return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
                }
                catch (IOException)
                {
                    return 80;
                }
            }

            return int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var columns) && columns > 0
                ? columns
                : 200;
        }
    }

    /// <summary>A console for tables and progress on stdout that degrades to plain text when redirected.</summary>
    public static IAnsiConsole Out { get; } = CreateOut();

    private static IAnsiConsole CreateOut()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected)
        {
            // Redirected output has no terminal width; keep table rows on one line for logs and scripts.
            console.Profile.Width = 200;
        }

        return console;
    }
}
