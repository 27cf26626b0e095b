using TerrainDescent.Web.Api;

namespace TerrainDescent.Web.Tests.Api;

public sealed class DescentGateTests
{
    [Fact]
    public async Task Enter_WhenTheQueueIsFull_RefusesAtOnceAsBusy()
    {
        var gate = new DescentGate(maxRunning: 1, maxQueued: 1, TimeSpan.FromSeconds(30));
        using var running = await gate.EnterAsync(CancellationToken.None);
        var queued = gate.EnterAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<ServerBusyException>(() => gate.EnterAsync(CancellationToken.None));

        Assert.Contains("1 descent(s) running and 1 waiting", error.Message, StringComparison.Ordinal);
        running.Dispose();
        (await queued).Dispose();
    }

    [Fact]
    public async Task Enter_WhenNoSlotFreesInTime_RefusesAsBusy()
    {
        var gate = new DescentGate(maxRunning: 1, maxQueued: 4, TimeSpan.FromMilliseconds(50));
        using var running = await gate.EnterAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<ServerBusyException>(() => gate.EnterAsync(CancellationToken.None));

        Assert.Contains("no descent slot became free", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enter_WhenTheClientGoesAway_StopsWaitingAndFreesItsPlace()
    {
        var gate = new DescentGate(maxRunning: 1, maxQueued: 1, TimeSpan.FromSeconds(30));
        using var running = await gate.EnterAsync(CancellationToken.None);
        using var client = new CancellationTokenSource();
        var waiting = gate.EnterAsync(client.Token);

        await client.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        var next = gate.EnterAsync(CancellationToken.None);
        running.Dispose();
        (await next).Dispose();
    }

    [Fact]
    public async Task Lease_DisposedTwice_FreesOneSlotOnly()
    {
        var gate = new DescentGate(maxRunning: 1, maxQueued: 0, TimeSpan.FromSeconds(1));
        var lease = await gate.EnterAsync(CancellationToken.None);

        lease.Dispose();
        lease.Dispose();

        using var again = await gate.EnterAsync(CancellationToken.None);
        await Assert.ThrowsAsync<ServerBusyException>(() => gate.EnterAsync(CancellationToken.None));
    }
}
