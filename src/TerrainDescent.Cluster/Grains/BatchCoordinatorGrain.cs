using System.Security.Cryptography;

namespace TerrainDescent.Cluster.Grains;

/// <summary>
/// The ledger of one batch and the timer that drives it (see <see cref="IBatchCoordinatorGrain"/>). Every call it
/// makes is short and bounded by <see cref="CallTimeout"/>, so one dead silo delays a tick by at most that.
/// </summary>
internal sealed class BatchCoordinatorGrain : Grain, IBatchCoordinatorGrain
{
    /// <summary>How long a dispatched job may go without a successful poll before it is sent again.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(20);

    /// <summary>The longest any one call to a worker may take.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(2);

    private const int Attempts = 5;
    private const long ResultBytesPerCollect = 16L << 20;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(200);

    private readonly Dictionary<int, Entry> _ledger = [];
    private ClusterBatchSpec? _spec;
    private IGrainTimer? _timer;
    private int _dispatches;
    private int _redispatches;
    private string? _error;

    public Task Submit(ClusterBatchSpec spec, ClusterJob[] jobs)
    {
        _spec ??= spec;
        foreach (var job in jobs)
        {
            _ledger.TryAdd(job.JobId, new Entry(job));
        }

        _timer ??= this.RegisterGrainTimer(RunTick, new GrainTimerCreationOptions(Tick, Tick) { Interleave = false, KeepAlive = true });
        return Task.CompletedTask;
    }

    public Task<CoordinatorStatus> Collect(int[] acknowledged)
    {
        foreach (var id in acknowledged)
        {
            if (_ledger.TryGetValue(id, out var entry))
            {
                entry.Result = null; // the client has it; keep only the hash, to judge duplicates
                entry.Acknowledged = true;
            }
        }

        var results = new List<JobResult>();
        long bytes = 0;
        foreach (var entry in _ledger.Values.Where(e => e.State == State.Done && !e.Acknowledged && e.Result is not null))
        {
            if (results.Count > 0 && bytes + entry.Result!.Length > ResultBytesPerCollect)
            {
                break;
            }

            results.Add(new JobResult(entry.Job.JobId, entry.Result!, entry.Hash!));
            bytes += entry.Result!.Length;
        }

        var done = _ledger.Values.Count(e => e.State == State.Done);
        return Task.FromResult(new CoordinatorStatus(_ledger.Count, done, results.ToArray(), _dispatches, _redispatches, _error));
    }

    private async Task RunTick(CancellationToken cancellation)
    {
        if (_spec is null)
        {
            return;
        }

        var now = DateTime.UtcNow;
        var calls = new List<Task>();
        foreach (var entry in _ledger.Values.Where(e => e.State == State.Pending))
        {
            calls.Add(Dispatch(entry, now));
        }

        foreach (var group in _ledger.Values.Where(e => e.State == State.Leased && e.DispatchedAt < now).GroupBy(e => e.Job.Block))
        {
            calls.Add(Poll(group.ToArray(), now));
        }

        await Task.WhenAll(calls);
    }

    private async Task Dispatch(Entry entry, DateTime now)
    {
        try
        {
            await Worker(entry.Job.Block).Start(_spec!, entry.Job).WaitAsync(CallTimeout);
            entry.State = State.Leased;
            entry.LeaseUntil = now + Lease;
            entry.DispatchedAt = now;
            entry.Attempts++;
            _dispatches++;
            if (entry.Attempts > 1)
            {
                _redispatches++;
            }
        }
        catch (Exception)
        {
            // The worker's silo is unreachable: the job stays pending and goes again next tick.
        }
    }

    private async Task Poll(Entry[] entries, DateTime now)
    {
        JobPoll[] polls;
        try
        {
            polls = await Worker(entries[0].Job.Block).Poll(entries.Select(e => e.Job.JobId).ToArray()).WaitAsync(CallTimeout);
        }
        catch (Exception)
        {
            foreach (var entry in entries.Where(e => now > e.LeaseUntil))
            {
                entry.State = State.Pending; // no answer for a whole lease: send it again
            }

            return;
        }

        foreach (var poll in polls)
        {
            var entry = _ledger[poll.JobId];
            switch (poll.State)
            {
                case JobState.Running:
                    entry.LeaseUntil = now + Lease;
                    break;
                case JobState.Unknown:
                    entry.State = State.Pending; // a fresh activation: the job's silo left, or the worker was collected
                    break;
                case JobState.Failed when entry.Attempts < Attempts:
                    entry.State = State.Pending;
                    break;
                case JobState.Failed:
                    entry.State = State.Failed;
                    _error ??= $"job {poll.JobId} failed {entry.Attempts} times: {poll.Error}";
                    break;
                case JobState.Done:
                    Accept(entry, poll.Part!);
                    break;
            }
        }
    }

    /// <summary>The first result wins; a later one must have the same bytes.</summary>
    private void Accept(Entry entry, byte[] part)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(part));
        if (entry.Hash is null)
        {
            entry.Hash = hash;
            entry.Result = part;
        }
        else if (entry.Hash != hash)
        {
            _error ??= $"job {entry.Job.JobId} gave different bytes on two runs ({entry.Hash[..12]} and {hash[..12]}): the batch is not deterministic";
        }

        entry.State = State.Done;
    }

    private IBatchWorkerGrain Worker(int block) =>
        GrainFactory.GetGrain<IBatchWorkerGrain>(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_spec!.BatchId}/{block}"));

    private enum State
    {
        Pending,
        Leased,
        Done,
        Failed,
    }

    private sealed class Entry(ClusterJob job)
    {
        public ClusterJob Job { get; } = job;

        public State State { get; set; }

        public int Attempts { get; set; }

        public DateTime LeaseUntil { get; set; }

        public DateTime DispatchedAt { get; set; }

        public string? Hash { get; set; }

        public byte[]? Result { get; set; }

        public bool Acknowledged { get; set; }
    }
}
