namespace TerrainDescent.Cluster;

/// <summary>How a silo runs jobs.</summary>
public sealed class ClusterSiloOptions
{
    /// <summary>Memory for decoded tiles per silo, MiB (shared by every batch the silo runs).</summary>
    public int CacheMegabytes { get; set; } = Core.Terrain.Tiles.TileCache.DefaultMegabytes;

    /// <summary>Jobs a silo runs at once (default: every core); each job descends its starts one after another.</summary>
    public int ConcurrentJobs { get; set; } = Environment.ProcessorCount;
}
