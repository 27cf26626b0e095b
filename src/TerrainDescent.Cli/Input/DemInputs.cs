using TerrainDescent.Gdal.Tiles;

namespace TerrainDescent.Cli.Input;

/// <summary>
/// Turns the DEM arguments of <c>peaks</c> and <c>batch</c> (files, folders, bare tile names; none means the default
/// tile) into clusters of touching tiles, each to be mosaicked and processed on its own.
/// </summary>
public static class DemInputs
{
    /// <summary>The clusters, in a fixed order; throws a one-line error for a missing or unreadable input.</summary>
    public static IReadOnlyList<TileCluster> Clusters(IReadOnlyList<string>? arguments)
    {
        var resolved = arguments is null || arguments.Count == 0
            ? [DemLocator.Resolve(null)]
            : arguments.Select(DemLocator.Resolve).ToList();
        return TileClusters.Group(TileCatalog.Read(resolved));
    }
}
