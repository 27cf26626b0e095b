namespace TerrainDescent.Web.Api;

/// <summary>
/// Bounds the descents running at once: at most <c>maxRunning</c> run, at most <c>maxQueued</c> more wait in
/// arrival order, each for at most the queue timeout. A request that finds the queue full, waits too long, or whose
/// client goes away is refused (503 with <c>Retry-After</c>, or dropped), so a burst cannot exhaust memory or cores.
/// Thread-safe.
/// </summary>
public sealed class DescentGate(int maxRunning, int maxQueued, TimeSpan queueTimeout)
{
    /// <summary>Seconds a refused client is told to wait before trying again.</summary>
    public const int RetryAfterSeconds = 2;

    private readonly SemaphoreSlim _slots = new(maxRunning, maxRunning);
    private int _waiting;

    /// <summary>The descents allowed to run at once.</summary>
    public int MaxRunning { get; } = maxRunning;

    /// <summary>The requests allowed to wait for a slot.</summary>
    public int MaxQueued { get; } = maxQueued;

    /// <summary>How long a request may wait for a slot.</summary>
    public TimeSpan QueueTimeout { get; } = queueTimeout;

    /// <summary>
    /// Waits for a slot and returns the lease that frees it; throws <see cref="ServerBusyException"/> when the queue
    /// is full or the wait times out, and <see cref="OperationCanceledException"/> when <paramref name="cancellation"/> fires.
    /// </summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellation)
    {
        if (_slots.Wait(0, CancellationToken.None))
        {
            return new Lease(_slots);
        }

        if (Interlocked.Increment(ref _waiting) > MaxQueued)
        {
            Interlocked.Decrement(ref _waiting);
            throw new ServerBusyException($"the server is busy: {MaxRunning} descent(s) running and {MaxQueued} waiting; try again shortly");
        }

        try
        {
            if (!await _slots.WaitAsync(QueueTimeout, cancellation))
            {
                throw new ServerBusyException(FormattableString.Invariant($"the server is busy: no descent slot became free within {QueueTimeout.TotalSeconds:F0} s; try again shortly"));
            }

            return new Lease(_slots);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    private sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
