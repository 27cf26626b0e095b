namespace TerrainDescent.Core.Descent;

/// <summary>Where a point lies with respect to an objective's domain.</summary>
public enum PointStatus
{
    /// <summary>Inside the domain, with a finite value.</summary>
    Inside,

    /// <summary>Outside the domain (for terrain: off the raster).</summary>
    Outside,

    /// <summary>Inside the bounds but where the function has no value (for terrain: a void).</summary>
    Void,
}
