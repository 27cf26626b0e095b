using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.Batch;

public sealed class BatchRunnerTests
{
    private static readonly IDescentMethod[] s_bothMethods = [new HillWalkerDescent(), new MomentumDescent()];

    /// <summary>Two hollows and a rise on 60 × 60 samples 10 m apart, with a void strip in the east.</summary>
    private static TerrainDescender Hollows() => new(new TerrainSurface(SampleGrids.WithVoids(
        SyntheticGrids.Projected(60, 60, 10.0, (e, n) =>
            200 - 80 * Math.Exp(-((e - 150) * (e - 150) + (n - 200) * (n - 200)) / 20000.0)
                - 120 * Math.Exp(-((e - 400) * (e - 400) + (n - 350) * (n - 350)) / 30000.0)
                + 0.05 * e),
        (_, column) => column == 55)));

    private static BatchStart[] Grid(int count) => Enumerable.Range(0, count)
        .Select(i => new BatchStart($"s{i}", 20 + 37 * (i % 7) + 3 * i, 30 + 71 * (i / 7)))
        .ToArray();

    [Fact]
    public void Run_OneThreadAndFourThreads_GiveIdenticalResults()
    {
        var descender = Hollows();
        var starts = Grid(40);
        var descent = new DescentOptions { AlphaMetres = 20, Gamma = 0.8, SeaLevelMetres = 0, MaxSteps = 3_000 };

        var serial = new BatchRunner(descender, new BatchOptions { Descent = descent, MaxDegreeOfParallelism = 1 }).Run(starts, s_bothMethods);
        var parallel = new BatchRunner(descender, new BatchOptions { Descent = descent, MaxDegreeOfParallelism = 4 }).Run(starts, s_bothMethods);

        Assert.Equal(starts.Length * 2, parallel.Outcomes.Count);
        Assert.Contains(serial.Outcomes, o => o.Path.Steps > 10);
        for (var i = 0; i < serial.Outcomes.Count; i++)
        {
            var (a, b) = (serial.Outcomes[i], parallel.Outcomes[i]);
            Assert.Equal((a.StartIndex, a.MethodIndex, a.Start, a.StartX, a.StartY, a.Problem), (b.StartIndex, b.MethodIndex, b.Start, b.StartX, b.StartY, b.Problem));
            Assert.Equal((a.Path.Method, a.Path.Reason, a.Path.GroundLengthMetres), (b.Path.Method, b.Path.Reason, b.Path.GroundLengthMetres));
            Assert.Equal(a.Path.Vertices, b.Path.Vertices);
        }

        Assert.Equal(serial.Summaries, parallel.Summaries, SummaryComparer.Instance);
    }

    [Fact]
    public void Run_StartsOffTheRasterAndInAVoid_AreRecordedAndTheOthersStillRun()
    {
        BatchStart[] starts = [new("inland", 300, 300), new("offshore", -500, 300), new("in-void", 550, 300), new("north", 200, 500)];

        var result = new BatchRunner(Hollows()).Run(starts, s_bothMethods);

        Assert.Equal(8, result.Outcomes.Count);
        Assert.Contains("outside the data", result[1, 0].Problem);
        Assert.Contains("void", result[2, 1].Problem);
        Assert.Equal(StopReason.LeftRaster, result[1, 1].Path.Reason);
        Assert.Equal(StopReason.EnteredVoid, result[2, 0].Path.Reason);
        Assert.Equal(0, result[2, 0].Path.Steps);
        Assert.All([result[0, 0], result[0, 1], result[3, 0], result[3, 1]], o => Assert.True(o.Descended && o.Path.Steps > 0));
        Assert.All(result.Summaries, s => Assert.Equal(2, s.Problems));
    }

    [Fact]
    public void Run_WithSnapRadius_StartsFromTheHighestSampleNearby()
    {
        var cone = new TerrainDescender(new TerrainSurface(
            SyntheticGrids.Projected(41, 41, 10.0, (e, n) => 500 - Math.Sqrt((e - 200) * (e - 200) + (n - 200) * (n - 200)))));
        BatchStart[] starts = [new("near-top", 225, 185, SnapRadiusMetres: 50), new("unsnapped", 225, 185)];

        var result = new BatchRunner(cone, new BatchOptions { SnapRadiusMetres = 0 }).Run(starts, [new HillWalkerDescent()]);

        Assert.Equal((200.0, 200.0), (result[0, 0].StartX, result[0, 0].StartY));
        Assert.Equal((225.0, 185.0), (result[1, 0].StartX, result[1, 0].StartY));
    }

    [Fact]
    public void Run_WithProgress_ReportsIncreasingCountsEndingAtTheTotal()
    {
        var reports = new List<BatchProgress>();
        var progress = new SynchronousProgress(reports.Add);

        new BatchRunner(Hollows(), new BatchOptions { MaxDegreeOfParallelism = 2 }).Run(Grid(30), s_bothMethods, progress);

        Assert.NotEmpty(reports);
        Assert.Equal(new BatchProgress(60, 60), reports[^1]);
        Assert.True(reports.Zip(reports.Skip(1)).All(pair => pair.First.Completed < pair.Second.Completed), "counts only increase");
    }

    [Fact]
    public void Constructor_InvalidOptions_FailsWithMessage()
    {
        var options = new BatchOptions { MaxDegreeOfParallelism = 0 };

        var error = Assert.Throws<ArgumentException>(() => new BatchRunner(Hollows(), options));

        Assert.Contains("parallelism", error.Message);
    }

    /// <summary>Reports on the calling thread (unlike <see cref="Progress{T}"/>, which posts to a context).</summary>
    private sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
