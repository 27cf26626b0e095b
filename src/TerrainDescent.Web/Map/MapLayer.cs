namespace TerrainDescent.Web.Map;

/// <summary>One layer of the map, bottom first in <see cref="MapComposition.Layers"/>.</summary>
/// <param name="Id">Stable identifier used by the page, for example <c>sea-mask</c>.</param>
/// <param name="Title">What the layer shows, for people.</param>
/// <param name="Kind"><c>image</c> (a georeferenced picture from <paramref name="Source"/>) or <c>vector</c>.</param>
/// <param name="Source">Relative URL of an image layer (query parameters added by the page), or null.</param>
/// <param name="Opacity">Layer opacity, 0–1.</param>
public sealed record MapLayer(string Id, string Title, string Kind, string? Source, double Opacity);
