using System.CommandLine;
using System.Runtime.CompilerServices;
using TerrainDescent.Cli.Commands;

namespace TerrainDescent.Cli;

/// <summary>The <c>terrain-descent</c> executable: where do a hill-walker and a rolling ball end up on real terrain.</summary>
public static class Program
{
    /// <summary>
    /// Where <c>scripts/setup.sh</c> publishes the JIT-compiled (ReadyToRun) copy of this program beside the natively
    /// compiled one, relative to its folder: the copy that runs <c>cluster</c>.
    /// </summary>
    public const string JitCopy = "jit/terrain-descent";

    /// <summary>Parses the command line and runs the command; syntax errors are one line on stderr with exit code 2.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "serve")
        {
            // The map server is its own program; its options and help are its own.
            return ServeCommand.Forward(args[1..]);
        }

        if (args.Length > 0 && args[0] == "cluster" && !RuntimeFeature.IsDynamicCodeSupported)
        {
            // Natively compiled: Orleans generates code at run time, so the cluster runs on the JIT-compiled copy.
            return SiblingProgram.Replace(JitCopy, args);
        }

        CommandGuard.KeepStandardOutputForData(args);
        var root = new RootCommand("terrain-descent: gradient descent on real terrain. From a peak, where does a walker who always steps downhill end up, and where does a rolling ball?")
        {
            InfoCommand.Create(),
            DescendCommand.Create(),
            OptimizeCommand.Create(),
            RenderCommand.Create(),
            ServeCommand.Create(),
            PeaksCommand.Create(),
            BatchCommand.Create(),
            ClusterCommand.Create(),
            MergeCommand.Create(),
        };

        if (args.Length == 0)
        {
            // No command: show what there is to do, as a usage error.
            root.Parse(["--help"]).Invoke();
            return CommandGuard.UsageError;
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            // Every parse error on the one line, unrecognised tokens first: a misspelt option shows up by name.
            var messages = parse.Errors.Select(e => e.Message.TrimEnd('.')).Distinct()
                .OrderBy(m => m.StartsWith("Unrecognized", StringComparison.Ordinal) ? 0 : 1)
                .Where(m => parse.Errors.Count == 1 || m != "Required command was not provided");
            var command = parse.CommandResult.Command == root ? "" : parse.CommandResult.Command.Name + " ";
            return CommandGuard.Fail($"{string.Join("; ", messages)} (see 'terrain-descent {command}--help')", CommandGuard.UsageError);
        }

        // A DEM argument takes any number of paths, so a misspelt option would be taken for a file name: name it as one.
        var stray = parse.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>()
            .SelectMany(a => a.Tokens).FirstOrDefault(t => t.Value.StartsWith("--", StringComparison.Ordinal));
        if (stray is not null && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            return CommandGuard.Fail($"Unrecognized command or argument '{stray.Value}' (see 'terrain-descent {parse.CommandResult.Command.Name} --help')", CommandGuard.UsageError);
        }

        return parse.Invoke();
    }
}
