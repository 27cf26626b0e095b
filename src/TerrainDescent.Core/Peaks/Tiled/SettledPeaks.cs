namespace TerrainDescent.Core.Peaks.Tiled;

/// <summary>A summit whose key col is known for good, in global samples.</summary>
internal readonly record struct SettledPeak(
    int Column, int Row, float ElevationMetres, int ColColumn, int ColRow, float ColElevationMetres, bool IsComponentSummit);

/// <summary>Collects the settled summits that pass the thresholds, as <see cref="ProminenceSweep"/>'s collector does.</summary>
internal sealed class SettledPeaks(double minProminenceMetres, double minElevationMetres)
{
    public List<SettledPeak> Peaks { get; } = [];

    public void Record(in DivideNode peak, in DivideNode col, bool isComponentSummit)
    {
        // The same arithmetic as the whole-grid sweep, so thresholds cut at exactly the same summits.
        var peakMetres = (double)peak.Elevation;
        var prominenceMetres = peakMetres - col.Elevation;
        if (prominenceMetres > 0 && prominenceMetres >= minProminenceMetres && peakMetres >= minElevationMetres)
        {
            Peaks.Add(new SettledPeak(peak.Column, peak.Row, peak.Elevation, col.Column, col.Row, col.Elevation, isComponentSummit));
        }
    }
}
