using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace TerrainDescent.Cluster;

/// <summary>
/// The silo and client hosts of a TerrainDescent cluster: membership in Redis when a connection string is given
/// (many silos, many machines), else the localhost development clustering (one silo on this machine).
/// </summary>
public static class ClusterHosts
{
    /// <summary>The Orleans cluster and service id every TerrainDescent silo and client uses.</summary>
    public const string ClusterId = "terrain-descent";

    /// <summary>The default silo-to-silo port.</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>The default gateway (client) port.</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary>A silo host listening on <paramref name="address"/> at the two ports; run it until SIGTERM.</summary>
    public static IHost Silo(string? redis, IPAddress address, int siloPort, int gatewayPort, ClusterSiloOptions options)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            if (redis is null)
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort);
            }
            else
            {
                silo.UseRedisClustering(redis);
                silo.ConfigureEndpoints(address, siloPort, gatewayPort, listenOnAnyHostAddress: false);
            }

            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
            silo.AddTerrainDescent(options);
        });
        return builder.Build();
    }

    /// <summary>A client host of the cluster whose membership is in <paramref name="redis"/> (null: the localhost silo's gateway).</summary>
    public static IHost Client(string? redis, int gatewayPort)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.UseOrleansClient(client =>
        {
            if (redis is null)
            {
                client.UseLocalhostClustering(gatewayPort);
            }
            else
            {
                client.UseRedisClustering(redis);
            }

            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
        });
        return builder.Build();
    }
}
