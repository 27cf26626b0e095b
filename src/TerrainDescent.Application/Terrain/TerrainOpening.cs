using TerrainDescent.Application.Inputs;
using TerrainDescent.Core.Terrain.Tiles;
using TerrainDescent.Gdal.Tiles;
using static System.FormattableString;

namespace TerrainDescent.Application.Terrain;

/// <summary>
/// Opens the terrain a command names, the same way for every program: the DEM arguments (files, folders, bare tile
/// names; none: the default tile) catalogued from their metadata, a tile cache of <c>--cache-mb</c> MiB, and what
/// lies where no tile was given (<c>--missing-tiles</c>). No sample is read here.
/// </summary>
public static class TerrainOpening
{
    /// <summary>The largest cache accepted, in MiB (1 TiB).</summary>
    public const int MaxCacheMegabytes = 1 << 20;

    /// <summary>The <c>--missing-tiles</c> value when none is given.</summary>
    public const string DefaultMissingTiles = "edge";

    /// <summary>
    /// Opens the terrain of <paramref name="arguments"/>; throws <see cref="UserInputException"/> naming the option
    /// for a cache size outside 1..<see cref="MaxCacheMegabytes"/> or an unknown <paramref name="missingTiles"/>.
    /// </summary>
    public static TiledTerrain Open(IReadOnlyList<string>? arguments, int cacheMegabytes, string missingTiles)
    {
        if (cacheMegabytes is < 1 or > MaxCacheMegabytes)
        {
            throw new UserInputException(Invariant($"--cache-mb must be from 1 to {MaxCacheMegabytes}, not {cacheMegabytes}"));
        }

        var missing = ParseMissingTiles(missingTiles);
        return TiledTerrain.Open(TileCatalog.Read(DemInputs.Resolve(arguments)), TileCache.OfMegabytes(cacheMegabytes), missing);
    }

    /// <summary><c>edge</c> (the data end where no tile was given) or <c>sea</c> (0 m there).</summary>
    public static MissingTiles ParseMissingTiles(string text) => text.Trim().ToLowerInvariant() switch
    {
        "edge" => MissingTiles.EdgeOfData,
        "sea" => MissingTiles.Sea,
        var other => throw new UserInputException($"--missing-tiles must be edge or sea, not '{other}'"),
    };
}
