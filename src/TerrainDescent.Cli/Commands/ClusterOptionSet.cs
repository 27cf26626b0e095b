using System.CommandLine;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Cli.Input;
using TerrainDescent.Cluster;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary>The options that name a cluster and how a batch is cut into jobs for it.</summary>
internal sealed class ClusterOptionSet
{
    private readonly Option<string?> _redis = new("--redis") { Description = "HOST:PORT of the Redis server holding the cluster's membership (default: one silo on this machine)" };
    private readonly Option<int> _gatewayPort = new("--gateway-port") { Description = "without --redis: the gateway port of the silo on this machine", DefaultValueFactory = _ => ClusterHosts.DefaultGatewayPort };
    private readonly Option<int> _jobSize = new("--job-size") { Description = "starts per job: a job is the unit sent to a silo, retried and checked", DefaultValueFactory = _ => 16 };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_redis);
        command.Options.Add(_gatewayPort);
        command.Options.Add(_jobSize);
    }

    /// <summary>The cluster the options name.</summary>
    public ClusterTarget Read(ParseResult parse)
    {
        var jobSize = parse.GetValue(_jobSize);
        if (jobSize < 1)
        {
            throw new UserInputException(Invariant($"--job-size must be at least 1, not {jobSize}"));
        }

        return new ClusterTarget(parse.GetValue(_redis), parse.GetValue(_gatewayPort), jobSize, JobsPerBlock: 4);
    }
}
