using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Descent;

namespace TerrainDescent.Core.Tests.Batch;

public sealed class BatchResultTests
{
    private static readonly string[] s_methods = ["hill-walker", "momentum"];

    private static BatchOutcome Off(int start, int method) =>
        BatchOutcome.OffEveryRaster(start, method, new BatchStart($"s{start}", 10 + start, 50), s_methods[method], new DescentOptions(), "outside every raster");

    [Fact]
    public void Assemble_OutcomesInAnyOrder_AreStoredStartMajor()
    {
        BatchStart[] starts = [new("s0", 10, 50), new("s1", 11, 50)];

        var result = BatchResult.Assemble(starts, s_methods, [Off(1, 1), Off(0, 1), Off(1, 0), Off(0, 0)]);

        Assert.Equal([(0, 0), (0, 1), (1, 0), (1, 1)], result.Outcomes.Select(o => (o.StartIndex, o.MethodIndex)));
        Assert.All(result.Summaries, s => Assert.Equal((2, 0, 2), (s.Count, s.Descended, s.CountOf(StopReason.LeftRaster))));
    }

    [Fact]
    public void Assemble_MissingOrDuplicateOutcome_FailsNamingTheSlot()
    {
        BatchStart[] starts = [new("s0", 10, 50), new("s1", 11, 50)];

        var missing = Assert.Throws<ArgumentException>(() => BatchResult.Assemble(starts, s_methods, [Off(0, 0), Off(0, 1), Off(1, 0)]));
        var duplicate = Assert.Throws<ArgumentException>(() => BatchResult.Assemble(starts, s_methods, [Off(0, 0), Off(0, 0)]));

        Assert.Contains("no outcome for start 1, method 1", missing.Message);
        Assert.Contains("two outcomes for start 0, method 0", duplicate.Message);
    }

    [Fact]
    public void OffEveryRaster_IsOneVertexAtTheStartEndingLeftRaster()
    {
        var outcome = Off(3, 1);

        Assert.False(outcome.Descended);
        Assert.Equal((StopReason.LeftRaster, 0, "momentum"), (outcome.Path.Reason, outcome.Path.Steps, outcome.Path.Method));
        Assert.Equal((13.0, 50.0), (outcome.Path.Start.X, outcome.Path.Start.Y));
        Assert.True(double.IsNaN(outcome.Path.Start.ElevationMetres));
    }
}
