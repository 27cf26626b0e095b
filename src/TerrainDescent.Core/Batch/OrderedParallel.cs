namespace TerrainDescent.Core.Batch;

/// <summary>
/// Computes items 0..count−1 on several threads and hands each result to a consumer on the calling thread in index
/// order, as soon as it and all before it are done. At most <c>window</c> items are computed-but-unconsumed or in
/// flight at once, so memory is bounded by the window, not by the count, and the consumer sees the same sequence for
/// any thread count.
/// </summary>
public static class OrderedParallel
{
    /// <summary>
    /// Runs <paramref name="compute"/> for every index on <paramref name="threads"/> worker threads and
    /// <paramref name="consume"/> for each in order on this thread. The first exception (from either) stops the run
    /// and is rethrown here; cancelling throws <see cref="OperationCanceledException"/>.
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
                    lock (gate)
                    {
                        ring[index % window] = result;
                        ready[index % window] = true;
                        Monitor.PulseAll(gate);
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
                    Monitor.PulseAll(gate);
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

        try
        {
            for (var index = 0; index < count; index++)
            {
                T result;
                lock (gate)
                {
                    while (!ready[index % window] && failure is null && !stop.IsCancellationRequested)
                    {
                        Monitor.Wait(gate, 100);
                    }

                    if (failure is not null)
                    {
                        break;
                    }

                    stop.Token.ThrowIfCancellationRequested();
                    result = ring[index % window];
                    ring[index % window] = default!;
                    ready[index % window] = false;
                }

                consume(index, result);
                room.Release();
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        finally
        {
            if (failure is not null || stop.IsCancellationRequested)
            {
                stop.Cancel();
            }

            foreach (var worker in workers)
            {
                worker.Join();
            }

            room.Dispose();
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
