using TerrainDescent.Gdal;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

/// <summary>
/// The headline: from Mt Leinster (52.6175 N, 6.7797 W) on N52W007 with default parameters, the hill-walker
/// stalls in the valley west-southwest of the summit, well above sea level, while the momentum path rolls on into
/// the Barrow valley west of 6.9 W and ends lower. Asserted on the GeoJSON the command writes.
/// </summary>
[Trait("Category", "Gdal")]
public sealed class MtLeinsterHeadlineTests
{
    private const double SummitLat = 52.6175;
    private const double SummitLon = -6.7797;

    [Fact]
    public void Descend_FromMtLeinster_HillWalkerStallsInValleyAndMomentumReachesTheBarrow()
    {
        var folder = TestData.NewTempFolder();
        var output = Path.Combine(folder, "mt-leinster.geojson");

        var result = CliRunner.Run("descend", "--start", "52.6175,-6.7797", "--method", "both", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("hill-walker", result.Stdout);
        Assert.Contains("momentum", result.Stdout);
        var features = VectorReader.ReadFeatures(output).ToDictionary(f => f.Fields["method"]!);
        var walker = features["hill-walker"];
        var ball = features["momentum"];

        var walkerEnd = walker.Positions[^1];
        var bearingDegrees = BearingDegrees(SummitLat, SummitLon, walkerEnd.Y, walkerEnd.X);
        Assert.Equal("stalled", walker.Fields["end_reason"]);
        Assert.InRange(bearingDegrees, 200, 260);
        Assert.InRange(walkerEnd.X, -6.9, SummitLon);
        Assert.True(walkerEnd.Z > 50, $"the walker stalls well above sea level, at {walkerEnd.Z} m");

        var ballEnd = ball.Positions[^1];
        Assert.True(ballEnd.X < -6.9, $"momentum reaches the Barrow valley west of 6.9 W, ended at {ballEnd.X}");
        Assert.True(ballEnd.Z < walkerEnd.Z, "momentum ends lower than the hill-walker");
        Assert.True(ballEnd.Z < 30, $"momentum ends on the Barrow's valley floor, at {ballEnd.Z} m");
        Assert.True(ball.Positions[0].Z > 780, "both start at the summit's elevation");
    }

    private static double BearingDegrees(double lat1, double lon1, double lat2, double lon2)
    {
        var east = (lon2 - lon1) * Math.Cos(lat1 * Math.PI / 180);
        var north = lat2 - lat1;
        var degrees = Math.Atan2(east, north) * 180 / Math.PI;
        return degrees < 0 ? degrees + 360 : degrees;
    }
}
