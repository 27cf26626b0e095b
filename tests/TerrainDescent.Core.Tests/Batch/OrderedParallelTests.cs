using TerrainDescent.Core.Batch;

namespace TerrainDescent.Core.Tests.Batch;

public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(0, 2, 4)]
    [InlineData(1, 2, 4)]
    [InlineData(200, 1, 1)]
    [InlineData(200, 2, 1)]
    [InlineData(200, 2, 3)]
    [InlineData(500, 4, 16)]
    public void Run_WithUnevenWork_ConsumesEveryItemOnceInOrderOneAtATimeWithinTheWindow(int count, int threads, int window)
    {
        var consumed = new List<(int Index, string Value)>();
        var outstanding = 0;
        var mostOutstanding = 0;
        var consumersInside = 0;
        var overlaps = 0;

        OrderedParallel.Run(
            count,
            threads,
            window,
            index =>
            {
                var now = Interlocked.Increment(ref outstanding);
                InterlockedMax(ref mostOutstanding, now);

                // Uneven work, so later items often finish before earlier ones.
                Thread.SpinWait((index * 7919 % 13) * 200);
                return $"item {index}";
            },
            (index, value) =>
            {
                if (Interlocked.Increment(ref consumersInside) != 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                consumed.Add((index, value));
                Interlocked.Decrement(ref outstanding);
                Interlocked.Decrement(ref consumersInside);
            });

        Assert.Equal(Enumerable.Range(0, count).Select(i => (i, $"item {i}")), consumed);
        Assert.Equal(0, overlaps);
        Assert.InRange(mostOutstanding, 0, window);
    }

    [Fact]
    public void Run_WhenComputeThrows_StopsAndRethrowsIt()
    {
        var consumed = 0;
        var error = Assert.Throws<InvalidDataException>(() => OrderedParallel.Run(
            1000,
            2,
            8,
            index => index == 37 ? throw new InvalidDataException("item 37 is bad") : index,
            (_, _) => Interlocked.Increment(ref consumed)));

        Assert.Equal("item 37 is bad", error.Message);
        Assert.InRange(consumed, 0, 37);
    }

    [Fact]
    public void Run_WhenConsumeThrows_StopsAndRethrowsIt()
    {
        var computed = 0;
        var error = Assert.Throws<IOException>(() => OrderedParallel.Run(
            1000,
            2,
            8,
            index => Interlocked.Increment(ref computed),
            (index, _) =>
            {
                if (index == 5)
                {
                    throw new IOException("disk full");
                }
            }));

        Assert.Equal("disk full", error.Message);
        Assert.InRange(computed, 6, 5 + 8 + 2);
    }

    [Fact]
    public void Run_WhenCancelled_ThrowsAndStopsComputing()
    {
        using var cancel = new CancellationTokenSource();
        var computed = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => OrderedParallel.Run(
            100_000,
            2,
            8,
            index => Interlocked.Increment(ref computed),
            (index, _) =>
            {
                if (index == 10)
                {
                    cancel.Cancel();
                }
            },
            cancel.Token));

        Assert.InRange(computed, 11, 11 + 8 + 2);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = target; value > seen; seen = target)
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
