using TerrainDescent.Core.Terrain.Tiles;
using TerrainDescent.Gdal;

namespace TerrainDescent.Application.Inputs;

/// <summary>
/// What every program tells its user when a run fails, and with which exit code: 2 for a malformed command line, 1 for
/// bad input or a file that cannot be read or written, 70 for anything unexpected (still one line, no stack trace).
/// </summary>
public static class Failures
{
    /// <summary>Exit code for bad input, unreadable input files and unwritable outputs.</summary>
    public const int InputError = 1;

    /// <summary>Exit code for command-line syntax errors.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code for an unexpected failure.</summary>
    public const int InternalError = 70;

    /// <summary>The one-line message for <paramref name="failure"/> and the exit code it gets.</summary>
    public static (string Message, int ExitCode) Describe(Exception failure) => failure switch
    {
        UsageException e => (e.Message, UsageError),
        UserInputException or GdalException or IOException or UnauthorizedAccessException or TerrainTooLargeException => (failure.Message, InputError),
        ArgumentException { ParamName: "path" or "fileName" } => ("a file path given is empty or not valid", InputError),
        _ => ($"internal error: {failure.GetType().Name}: {failure.Message}", InternalError),
    };

    /// <summary>The line every program writes on stderr for a failure: "terrain-descent: error: MESSAGE".</summary>
    public static string ErrorLine(string message) => $"terrain-descent: error: {InUserTerms(message)}";

    /// <summary>.NET's type names and parameter notes in a message, turned into words about the user's input, on one line.</summary>
    public static string InUserTerms(string message) => message
        .Replace(" as expected type 'System.Int32'", " as a whole number", StringComparison.Ordinal)
        .Replace(" as expected type 'System.Int64'", " as a whole number", StringComparison.Ordinal)
        .Replace(" as expected type 'System.Double'", " as a number", StringComparison.Ordinal)
        .Replace(" (Parameter 'path')", "", StringComparison.Ordinal)
        .ReplaceLineEndings(" ");
}
