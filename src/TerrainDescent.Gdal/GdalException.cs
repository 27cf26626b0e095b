namespace TerrainDescent.Gdal;

/// <summary>A raster or vector could not be read or written; the message is one line, fit to show a user.</summary>
public sealed class GdalException(string message) : Exception(message)
{
}
