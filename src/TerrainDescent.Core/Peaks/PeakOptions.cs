using System.Globalization;

namespace TerrainDescent.Core.Peaks;

/// <summary>Which summits a <see cref="PeakFinder"/> reports. Immutable.</summary>
public sealed record PeakOptions
{
    /// <summary>Default smallest prominence reported, in metres.</summary>
    public const double DefaultMinProminenceMetres = 100.0;

    /// <summary>Smallest prominence reported, in metres; at least 0 (summits of prominence 0 are never reported).</summary>
    public double MinProminenceMetres { get; init; } = DefaultMinProminenceMetres;

    /// <summary>Lowest summit elevation reported, in metres; −∞ (the default) keeps every height.</summary>
    public double MinElevationMetres { get; init; } = double.NegativeInfinity;

    /// <summary>Keeps only the first this-many peaks of the ordered result; null (the default) keeps all.</summary>
    public int? MaxCount { get; init; }

    /// <summary>
    /// Whether summits on the raster's outer rows and columns or beside voids (<see cref="Peak.AtBoundary"/>) are
    /// reported; true by default. Set false to drop tops that may only be where the data is cut.
    /// </summary>
    public bool IncludeBoundaryPeaks { get; init; } = true;

    /// <summary>Returns the first invalid option as a one-line message, or null when all are valid.</summary>
    public string? Validate()
    {
        if (!(MinProminenceMetres >= 0) || double.IsPositiveInfinity(MinProminenceMetres))
        {
            return $"minimum prominence must be a finite number of metres ≥ 0, not {MinProminenceMetres.ToString(CultureInfo.InvariantCulture)}";
        }

        if (double.IsNaN(MinElevationMetres) || double.IsPositiveInfinity(MinElevationMetres))
        {
            return "minimum elevation must be a number of metres or −∞";
        }

        if (MaxCount is < 0)
        {
            return $"max count must be at least 0, not {MaxCount.Value.ToString(CultureInfo.InvariantCulture)}";
        }

        return null;
    }
}
