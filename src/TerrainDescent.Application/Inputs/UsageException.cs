namespace TerrainDescent.Application.Inputs;

/// <summary>The command line itself is malformed (exit code 2), for the cases the parser cannot see, such as an
/// unknown option taken for a file name by a command that accepts any number of files.</summary>
public sealed class UsageException(string message) : Exception(message)
{
}
