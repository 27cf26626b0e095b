using System.CommandLine;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// <c>serve</c>: the interactive map is its own program, <c>terrain-descent-serve</c>, installed beside this one, so
/// that the command line carries no web server. <c>terrain-descent serve ARGS</c> runs it with ARGS in place of this
/// process (see <see cref="SiblingProgram"/>); <c>terrain-descent serve --help</c> shows its options.
/// </summary>
public static class ServeCommand
{
    /// <summary>The name of the map server's program.</summary>
    public const string ProgramName = "terrain-descent-serve";

    /// <summary>The command as the root's help lists it; its arguments go to the map server unparsed.</summary>
    public static Command Create() => new("serve", "Start the interactive map: click a start, see the paths, the profile and the animation (see 'terrain-descent serve --help')");

    /// <summary>Runs the map server with <paramref name="arguments"/>; returns only when it cannot be started.</summary>
    public static int Forward(IReadOnlyList<string> arguments) => SiblingProgram.Replace(ProgramName, arguments);
}
