using System.CommandLine;
using TerrainDescent.Application.Terrain;
using TerrainDescent.Core.Terrain.Tiles;
using TerrainDescent.Gdal.Tiles;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// The options of every command that reads terrain as tiles: <c>--cache-mb</c>, the memory the decoded tiles may
/// take, and <c>--missing-tiles</c>, what lies where no tile was given.
/// </summary>
public sealed class TerrainOptionSet
{
    /// <summary>--cache-mb.</summary>
    public Option<int> CacheMegabytes { get; } = new("--cache-mb")
    {
        Description = "memory for decoded tiles, MiB; tiles are read on demand and the least recently used dropped",
        DefaultValueFactory = _ => TileCache.DefaultMegabytes,
    };

    /// <summary>--missing-tiles.</summary>
    public Option<string> MissingTiles { get; } = new("--missing-tiles")
    {
        Description = "where no tile was given: edge (the data ends; paths stop left-raster) or sea (0 m, as Copernicus leaves ocean tiles out)",
        DefaultValueFactory = _ => TerrainOpening.DefaultMissingTiles,
    };

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(CacheMegabytes);
        command.Options.Add(MissingTiles);
    }

    /// <summary>Opens the terrain named by <paramref name="arguments"/> (none: the default tile) with these options.</summary>
    public TiledTerrain Open(ParseResult parse, IReadOnlyList<string>? arguments) =>
        TerrainOpening.Open(arguments, parse.GetValue(CacheMegabytes), parse.GetValue(MissingTiles)!);
}
