using System.Globalization;

namespace TerrainDescent.Rendering.Map;

/// <summary>
/// The one place that decides what the map shows and how: the layers and their order, the elevation ramp and
/// shading, the sea-level mask colour, one colour per descent method, the markers and the legend. The web page
/// receives it as JSON, and the map tiles and the <c>render</c> command are painted from it, so both show the same picture. Plain data,
/// no transport or UI code.
/// </summary>
public sealed class MapComposition
{
    /// <summary>Colours given to methods in catalogue order; chosen to stand out on green–brown relief and blue sea.</summary>
    private static readonly string[] s_methodPalette = ["#d62828", "#7b2cbf", "#f77f00", "#0b6e4f", "#ff006e", "#1d3557", "#8d6e00", "#00a6a6", "#111111", "#ffd60a", "#4361ee", "#9d0208"];

    /// <summary>Composes the map of a raster whose valid elevations span the given range, for the given methods.</summary>
    public MapComposition(IEnumerable<string> methodNames, double minimumMetres, double maximumMetres)
    {
        MinimumMetres = double.IsFinite(minimumMetres) ? minimumMetres : 0;
        MaximumMetres = double.IsFinite(maximumMetres) && maximumMetres > MinimumMetres ? maximumMetres : MinimumMetres + 1;
        MethodStyles = methodNames
            .Select((name, i) => new MethodStyle(name, RgbaColour.Parse(s_methodPalette[i % s_methodPalette.Length]), 3))
            .ToList();
    }

    private MapComposition(MapComposition other)
    {
        MinimumMetres = other.MinimumMetres;
        MaximumMetres = other.MaximumMetres;
        MethodStyles = other.MethodStyles;
    }

    /// <summary>The same composition with its ramp placed on a new elevation range, metres.</summary>
    public MapComposition WithRange(double minimumMetres, double maximumMetres) =>
        new(MethodStyles.Select(s => s.Method), minimumMetres, maximumMetres) { Layers = Layers };

    /// <summary>Lowest valid elevation of the raster, metres: the bottom of the ramp.</summary>
    public double MinimumMetres { get; }

    /// <summary>Highest valid elevation of the raster, metres: the top of the ramp.</summary>
    public double MaximumMetres { get; }

    /// <summary>The layers, bottom first.</summary>
    public IReadOnlyList<MapLayer> Layers { get; private init; } =
    [
        new(MapLayerId.Relief, "Shaded relief", MapLayerKind.Tiles, "api/tiles/relief/{z}/{x}/{y}.png", 1.0),
        new(MapLayerId.SeaMask, "Below the sea-level threshold", MapLayerKind.Tiles, "api/tiles/mask/{z}/{x}/{y}.png", 1.0),
        new(MapLayerId.Contours, "Contour lines", MapLayerKind.Contours, "api/contours", 0.8),
        new(MapLayerId.Footprints, "Tile outlines", MapLayerKind.Outline, "api/footprints.geojson", 1.0),
        new(MapLayerId.Gradient, "Downhill arrows (−∇z)", MapLayerKind.Arrows, "api/gradient", 0.9),
        new(MapLayerId.Peaks, "Summits, sized by prominence", MapLayerKind.Peaks, "api/peaks", 1.0),
        new(MapLayerId.Paths, "Descent paths", MapLayerKind.Vector, null, 1.0),
        new(MapLayerId.Markers, "Start and end points", MapLayerKind.Vector, null, 1.0),
        new(MapLayerId.Animation, "Animated walkers", MapLayerKind.Vector, null, 1.0),
        new(MapLayerId.Furniture, "Scale bar and north arrow", MapLayerKind.PictureOnly, null, 1.0),
    ];

    /// <summary>Whether the composition shows layer <paramref name="id"/>.</summary>
    public bool Shows(MapLayerId id) => Layers.Any(l => l.Id == id);

    /// <summary>The same composition without layer <paramref name="id"/> (for pictures that leave a layer out).</summary>
    public MapComposition Without(MapLayerId id) => new(this) { Layers = Layers.Where(l => l.Id != id).ToList() };

    /// <summary>Hypsometric tints from lowland green through tan and brown to pale summits.</summary>
    public ElevationRamp Ramp { get; } = new(
    [
        (0.00, RgbaColour.Parse("#3b7a45")),
        (0.15, RgbaColour.Parse("#7fb069")),
        (0.35, RgbaColour.Parse("#d8d68f")),
        (0.55, RgbaColour.Parse("#c9a66b")),
        (0.75, RgbaColour.Parse("#9c7350")),
        (0.90, RgbaColour.Parse("#c8bcb2")),
        (1.00, RgbaColour.Parse("#ffffff")),
    ]);

    /// <summary>Light from the north-west, as cartographers draw it, with slopes doubled so lowland relief reads.</summary>
    public HillshadeStyle Hillshade { get; } = new(315, 45, 2.0, 0.65);

    /// <summary>The tint over cells below the sea-level threshold.</summary>
    public RgbaColour SeaMaskColour { get; } = new(20, 90, 220, 150);

    /// <summary>A halo drawn under every path line so it reads on any background.</summary>
    public RgbaColour PathHaloColour { get; } = new(255, 255, 255, 220);

    /// <summary>Extra width of the halo beyond the line, pixels.</summary>
    public double PathHaloWidthPixels { get; } = 2;

    /// <summary>The start point: white with a dark outline.</summary>
    public MarkerStyle StartMarker { get; } = new(6, new RgbaColour(255, 255, 255), new RgbaColour(20, 20, 20), 2);

    /// <summary>Each path's end point: its method colour with a dark outline.</summary>
    public MarkerStyle EndMarker { get; } = new(6, null, new RgbaColour(20, 20, 20), 2);

    /// <summary>The walker moved along a path by the animation: method colour, white outline.</summary>
    public MarkerStyle AnimationMarker { get; } = new(8, null, new RgbaColour(255, 255, 255), 3);

    /// <summary>One style per method, in catalogue order.</summary>
    public IReadOnlyList<MethodStyle> MethodStyles { get; }

    /// <summary>The style of <paramref name="method"/>; unknown names get a neutral grey.</summary>
    public MethodStyle StyleFor(string method) =>
        MethodStyles.FirstOrDefault(s => s.Method == method) ?? new MethodStyle(method, new RgbaColour(60, 60, 60), 3);

    /// <summary>The summit triangles of the peaks layer.</summary>
    public PeakSymbol PeakSymbol { get; } = new(new RgbaColour(90, 50, 20), new RgbaColour(255, 255, 255), 4, 11, 50, 600, 11);

    /// <summary>The legend for a sea-level threshold of <paramref name="seaLevelMetres"/>, top to bottom.</summary>
    /// <remarks>The peaks entry is there only with <paramref name="withPeaks"/>: the page draws that layer, the server's pictures do not.</remarks>
    public IReadOnlyList<LegendEntry> Legend(double seaLevelMetres, IEnumerable<string>? methods = null, bool withPeaks = false)
    {
        var stops = Ramp.InMetres(MinimumMetres, MaximumMetres);
        var entries = new List<LegendEntry>
        {
            new(LegendKind.Ramp, "Elevation (m)", stops.Select(s => s.Colour).ToList(), stops.Select(s => s.ElevationMetres).ToList()),
            new(LegendKind.Area, string.Create(CultureInfo.InvariantCulture, $"Below {seaLevelMetres:0.#} m"), [SeaMaskColour], []),
        };
        var shown = methods is null ? MethodStyles : methods.Select(StyleFor).ToList();
        entries.AddRange(shown.Select(s => new LegendEntry(LegendKind.Line, s.Method, [s.Colour], [])));
        entries.Add(new(LegendKind.Marker, "Start", [StartMarker.Fill!.Value], [], StartMarker.Outline));
        entries.Add(new(LegendKind.Marker, "End", [new RgbaColour(150, 150, 150)], [], EndMarker.Outline));
        if (withPeaks)
        {
            entries.Add(new(LegendKind.Peak, "Summit (click to descend from it)", [PeakSymbol.Fill], [], PeakSymbol.Outline));
        }

        return entries;
    }
}
