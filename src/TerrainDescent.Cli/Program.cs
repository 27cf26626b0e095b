using System.CommandLine;
using TerrainDescent.Cli.Commands;

namespace TerrainDescent.Cli;

/// <summary>The <c>terrain-descent</c> executable: where do a hill-walker and a rolling ball end up on real terrain.</summary>
public static class Program
{
    /// <summary>Parses the command line and runs the command; syntax errors are one line on stderr with exit code 2.</summary>
    public static int Main(string[] args)
    {
        var root = new RootCommand("terrain-descent: gradient descent on real terrain. From a peak, where does a walker who always steps downhill end up, and where does a rolling ball?")
        {
            InfoCommand.Create(),
            DescendCommand.Create(),
            OptimizeCommand.Create(),
            RenderCommand.Create(),
            ServeCommand.Create(),
            PeaksCommand.Create(),
            BatchCommand.Create(),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            var command = string.Join(' ', parse.CommandResult.Command.Name == root.Name ? [] : new[] { parse.CommandResult.Command.Name });
            CommandGuard.Fail($"{parse.Errors[0].Message} (see 'terrain-descent {command}{(command.Length > 0 ? " " : "")}--help')", CommandGuard.UsageError);
            return CommandGuard.UsageError;
        }

        return parse.Invoke();
    }
}
