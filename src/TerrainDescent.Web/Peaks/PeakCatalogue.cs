using TerrainDescent.Core.Peaks;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal.Tiles;

namespace TerrainDescent.Web.Peaks;

/// <summary>
/// The summits of the served terrain for the peaks layer and the go-to box: found once, on first use, with exact
/// prominence per group of connected tiles (<see cref="TerrainPeakSearch"/>) down to <see cref="FloorProminenceMetres"/>,
/// most prominent first. A named summit lends its name to the most prominent found summit within
/// <see cref="NameRadiusMetres"/> of it (list positions are rounded, and a grid summit sits on a sample centre).
/// </summary>
public sealed class PeakCatalogue
{
    /// <summary>The smallest prominence kept, metres; a request for less gets these.</summary>
    public const double FloorProminenceMetres = 10;

    /// <summary>How far a named summit may lie from the grid summit it names, ground metres.</summary>
    public const double NameRadiusMetres = 600;

    private readonly Lazy<IReadOnlyList<MapPeak>> _peaks;

    /// <summary>A catalogue of <paramref name="terrain"/>'s summits, named from <paramref name="names"/>.</summary>
    public PeakCatalogue(TiledTerrain terrain, IReadOnlyList<NamedSummit> names) =>
        _peaks = new Lazy<IReadOnlyList<MapPeak>>(() => Find(terrain, names), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every summit, most prominent first.</summary>
    public IReadOnlyList<MapPeak> All => _peaks.Value;

    /// <summary>The summits inside the box (degrees) with at least <paramref name="minProminenceMetres"/>, most prominent first.</summary>
    public IEnumerable<MapPeak> Within(double west, double south, double east, double north, double minProminenceMetres) =>
        All.Where(p => p.ProminenceMetres >= minProminenceMetres
            && p.LongitudeDegrees >= west && p.LongitudeDegrees <= east && p.LatitudeDegrees >= south && p.LatitudeDegrees <= north);

    private static List<MapPeak> Find(TiledTerrain terrain, IReadOnlyList<NamedSummit> names)
    {
        var found = TerrainPeakSearch.Find(terrain, new PeakOptions { MinProminenceMetres = FloorProminenceMetres })
            .OrderByDescending(p => p.Peak.ProminenceMetres)
            .ToList();
        var nameOf = new Dictionary<LocatedPeak, string>();
        foreach (var summit in names)
        {
            var nearest = found.FirstOrDefault(p => !nameOf.ContainsKey(p)
                && EarthScale.DistanceMetres(summit.LongitudeDegrees, summit.LatitudeDegrees, p.Longitude, p.Latitude) <= NameRadiusMetres);
            if (nearest is not null)
            {
                nameOf[nearest] = summit.Name;
            }
        }

        return found.Select((p, i) => new MapPeak(
            FormattableString.Invariant($"peak-{i + 1}"),
            nameOf.GetValueOrDefault(p),
            p.Latitude,
            p.Longitude,
            p.Peak.ElevationMetres,
            p.Peak.ProminenceMetres)).ToList();
    }
}
