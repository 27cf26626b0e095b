using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Application.Terrain;
using TerrainDescent.Cli.Input;
using TerrainDescent.Cluster;
using TerrainDescent.Core.Terrain.Tiles;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// <c>cluster silo [--redis HOST:PORT] [--port N] [--gateway-port N] [--cache-mb N]</c> runs an Orleans silo until
/// SIGTERM or Ctrl+C; <c>cluster batch DEM... [--redis HOST:PORT] [every batch option] --out FILE [--summary FILE]</c>
/// runs a batch on the silos and writes the same bytes as <c>batch</c>.
/// </summary>
public static class ClusterCommand
{
    /// <summary>Builds the command and its two subcommands.</summary>
    public static Command Create() => new("cluster", "Run batches on an Orleans cluster: 'cluster silo' on each machine, then 'cluster batch'")
    {
        Silo(),
        BatchCommand.Create(new ClusterOptionSet()),
    };

    private static Command Silo()
    {
        var redis = new Option<string?>("--redis") { Description = "HOST:PORT of the Redis server holding the membership (default: a single silo on this machine)" };
        var address = new Option<string>("--address") { Description = "the address this silo listens on and tells the others", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "silo-to-silo port", DefaultValueFactory = _ => ClusterHosts.DefaultSiloPort };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "gateway port for clients ('cluster batch')", DefaultValueFactory = _ => ClusterHosts.DefaultGatewayPort };
        var cache = new Option<int>("--cache-mb") { Description = "memory for decoded tiles, MiB, shared by the silo's jobs", DefaultValueFactory = _ => TileCache.DefaultMegabytes };
        var jobs = new Option<int>("--jobs") { Description = "jobs run at once (default: every core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("silo", "Run an Orleans silo that takes batch jobs, until SIGTERM or Ctrl+C") { redis, address, port, gatewayPort, cache, jobs };
        command.SetAction(parse => CommandGuard.Run(() =>
        {
            if (!IPAddress.TryParse(parse.GetValue(address), out var ip))
            {
                throw new UserInputException($"--address '{parse.GetValue(address)}' is not an IP address");
            }

            foreach (var (name, value) in new[] { ("--port", parse.GetValue(port)), ("--gateway-port", parse.GetValue(gatewayPort)) })
            {
                if (value is < 1 or > 65535)
                {
                    // Orleans needs a fixed port, which it tells the other silos: 0 ("any free port") cannot be one.
                    throw new UserInputException(Invariant($"{name} must be from 1 to 65535, not {value}"));
                }
            }

            if (parse.GetValue(port) == parse.GetValue(gatewayPort))
            {
                throw new UserInputException(Invariant($"--port and --gateway-port must differ, not both {parse.GetValue(port)}"));
            }

            var megabytes = parse.GetValue(cache);
            if (megabytes is < 1 or > TerrainOpening.MaxCacheMegabytes || parse.GetValue(jobs) < 1)
            {
                throw new UserInputException(Invariant($"--cache-mb must be from 1 to {TerrainOpening.MaxCacheMegabytes} and --jobs at least 1"));
            }

            var options = new ClusterSiloOptions { CacheMegabytes = megabytes, ConcurrentJobs = parse.GetValue(jobs) };
            using var host = ClusterHosts.Silo(parse.GetValue(redis), ip, parse.GetValue(port), parse.GetValue(gatewayPort), options);
            host.Start();
            Console.WriteLine(Invariant($"silo up on {ip}:{parse.GetValue(port)} (gateway {parse.GetValue(gatewayPort)}), membership {(parse.GetValue(redis) is { } r ? "in Redis at " + r : "on this machine only")}; stop it with SIGTERM or Ctrl+C"));
            host.WaitForShutdown();
            return 0;
        }));
        return command;
    }
}
