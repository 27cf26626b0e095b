namespace TerrainDescent.Core.Batch;

/// <summary>
/// Computes items 0..count−1 on several threads and hands each result to a consumer in index order, as soon as it
/// and all before it are done. At most <c>window</c> items are computed-but-unconsumed or in flight at once, so
/// memory is bounded by the window, not by the count, and the consumer sees the same sequence for any thread count.
/// </summary>
/// <remarks>
/// The consumer runs on whichever worker finishes the item next in order, one call at a time: the worker then drains
/// every item that is ready in order before computing again. A separate consumer thread woken for each item cost a
/// context switch per item. Measured on a 1,000-start × 2-method batch over SRTM1 N48W125 on 2 cores, the two builds
/// alternating, 80 runs each (`perf stat -r 20`, four rounds): 1,130 → 119 context switches, and the whole process
/// 0.126 s → 0.120 s on average.
/// </remarks>
public static class OrderedParallel
{
    /// <summary>
    /// Runs <paramref name="compute"/> for every index on <paramref name="threads"/> worker threads and
    /// <paramref name="consume"/> for each in order, never two at once. Returns when every item is consumed. The
    /// first exception (from either) stops the run and is rethrown here; cancelling throws
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    public static void Run<T>(int count, int threads, int window, Func<int, T> compute, Action<int, T> consume, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var ring = new T[window];
        var ready = new bool[window];
        var gate = new object();
        var room = new SemaphoreSlim(window, window);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Exception? failure = null;
        var next = -1;

        // Guarded by gate: the next index to consume, and whether a worker is consuming. Invariant: every ready item
        // below the first unready one is consumed by the worker that holds `consuming`, or by the worker that makes
        // the first unready one ready, because both look at `ready[toConsume]` under the gate before letting go.
        var toConsume = 0;
        var consuming = false;

        void Drain()
        {
            while (true)
            {
                T result;
                int index;
                lock (gate)
                {
                    if (toConsume >= count || !ready[toConsume % window] || stop.IsCancellationRequested)
                    {
                        consuming = false;
                        return;
                    }

                    index = toConsume++;
                    result = ring[index % window];
                    ring[index % window] = default!;
                    ready[index % window] = false;
                }

                consume(index, result);
                room.Release();
            }
        }

        void Work()
        {
            try
            {
                while (true)
                {
                    // Take a place in the window before taking an index: indices are taken in order, so at most
                    // `window` of them are outstanding and index % window names a free ring slot.
                    room.Wait(stop.Token);
                    var index = Interlocked.Increment(ref next);
                    if (index >= count)
                    {
                        room.Release();
                        return;
                    }

                    var result = compute(index);
                    bool drain;
                    lock (gate)
                    {
                        ring[index % window] = result;
                        ready[index % window] = true;
                        drain = !consuming;
                        consuming = true;
                    }

                    if (drain)
                    {
                        Drain();
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    failure ??= e;
                }

                stop.Cancel();
            }
        }

        var workers = Enumerable.Range(0, Math.Min(threads, Math.Max(1, count)))
            .Select(_ => new Thread(Work) { IsBackground = true, Name = "terrain-descent batch" })
            .ToArray();
        foreach (var worker in workers)
        {
            worker.Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        room.Dispose();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (toConsume != count)
        {
            throw new InvalidOperationException($"ordered run ended with {toConsume} of {count} items consumed");
        }
    }
}
