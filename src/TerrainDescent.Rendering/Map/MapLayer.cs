namespace TerrainDescent.Rendering.Map;

/// <summary>One layer of the map, bottom first in <see cref="MapComposition.Layers"/>.</summary>
/// <param name="Id">Which layer it is.</param>
/// <param name="Title">What the layer shows, for people.</param>
/// <param name="Kind">How the page receives it.</param>
/// <param name="Source">Relative URL of a tiled or outline layer (query parameters added by the page), or null.</param>
/// <param name="Opacity">Layer opacity, 0–1.</param>
public sealed record MapLayer(MapLayerId Id, string Title, MapLayerKind Kind, string? Source, double Opacity);
