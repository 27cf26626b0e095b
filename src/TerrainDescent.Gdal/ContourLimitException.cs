namespace TerrainDescent.Gdal;

/// <summary>Contouring stopped: the lines would hold more vertices than the caller allows.</summary>
public sealed class ContourLimitException(long maxVertices)
    : Exception($"the contour lines would hold more than {maxVertices} vertices")
{
    /// <summary>The cap that was passed.</summary>
    public long MaxVertices { get; } = maxVertices;
}
