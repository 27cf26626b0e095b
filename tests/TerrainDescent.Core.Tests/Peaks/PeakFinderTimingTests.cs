using System.Diagnostics;
using TerrainDescent.Core.Peaks;
using TerrainDescent.TestSupport;
using Xunit.Abstractions;

namespace TerrainDescent.Core.Tests.Peaks;

/// <summary>
/// Times the search on an SRTM1-sized grid and prints it; asserts only on the result, never on the time. Debug builds
/// of Core run unoptimised, so read Release timings (<c>dotnet test -c Release --filter Category=Benchmark</c>).
/// </summary>
public sealed class PeakFinderTimingTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Benchmark")]
    public void Find_OnSrtm1SizedGrid_PrintsElapsedTime()
    {
        var grid = RuggedGrids.Create();
        var finder = new PeakFinder();

        var stopwatch = Stopwatch.StartNew();
        var peaks = finder.Find(grid);
        stopwatch.Stop();

        output.WriteLine(FormattableString.Invariant(
            $"PeakFinder on {grid.Width}×{grid.Height}: {stopwatch.Elapsed.TotalMilliseconds:F0} ms, {peaks.Count} peaks ≥ 100 m prominence"));
        Assert.NotEmpty(peaks);
        Assert.True(peaks[0].IsComponentSummit);
    }
}
