using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace TerrainDescent.Cluster;

/// <summary>What every TerrainDescent silo adds to its builder: the terrain service and quick failure detection.</summary>
public static class ClusterSiloSetup
{
    /// <summary>
    /// Adds <see cref="SiloTerrains"/> with <paramref name="options"/> and tunes membership so a silo that dies is
    /// declared dead within a few seconds (probes every second, three missed): its jobs then go elsewhere.
    /// </summary>
    public static ISiloBuilder AddTerrainDescent(this ISiloBuilder builder, ClusterSiloOptions options)
    {
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        builder.Services.AddSingleton<SiloTerrains>();
        builder.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(1);
            o.NumMissedProbesLimit = 3;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        });
        builder.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
        return builder;
    }
}
