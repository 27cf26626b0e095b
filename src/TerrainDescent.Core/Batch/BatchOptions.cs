using System.Globalization;
using TerrainDescent.Core.Descent;

namespace TerrainDescent.Core.Batch;

/// <summary>How a <see cref="BatchRunner"/> runs. Immutable.</summary>
public sealed record BatchOptions
{
    /// <summary>The descent parameters every method runs with.</summary>
    public DescentOptions Descent { get; init; } = new();

    /// <summary>
    /// Default snap radius in metres for starts that do not give their own: each start moves to the highest sample
    /// within it (<see cref="Terrain.TerrainDescender.ResolveStart"/>). 0, the default, keeps starts where they are.
    /// </summary>
    public double SnapRadiusMetres { get; init; }

    /// <summary>
    /// Most descents run at once; −1 (the default) uses every core. Results are identical whatever the value.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Returns the first invalid option as a one-line message, or null when all are valid.</summary>
    public string? Validate()
    {
        if (!(SnapRadiusMetres >= 0) || double.IsPositiveInfinity(SnapRadiusMetres))
        {
            return $"snap radius must be a finite number of metres ≥ 0, not {SnapRadiusMetres.ToString(CultureInfo.InvariantCulture)}";
        }

        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
        {
            return $"max degree of parallelism must be −1 (all cores) or at least 1, not {MaxDegreeOfParallelism.ToString(CultureInfo.InvariantCulture)}";
        }

        return Descent.Validate();
    }
}
