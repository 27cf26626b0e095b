using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using TerrainDescent.TestSupport;
using Xunit.Abstractions;

namespace TerrainDescent.Cli.Tests;

/// <summary>
/// The bounded load test: a real <c>serve</c> process on 127.0.0.1 (port 0) takes 40 of the heaviest allowed
/// descents at once (every method, the full step cap, tiny steps), 10 of the original 106 MB request, and 5 clients
/// that give up after a moment. Every request is answered with 200, 400 or 503 (with Retry-After) within the
/// client's one-minute timeout, the server's peak resident memory stays under 1.5 GB, and it answers a normal click
/// afterwards. Traffic goes only to 127.0.0.1, and the number of requests is fixed.
/// </summary>
[Trait("Category", "Load")]
public sealed partial class ServeLoadTests(ITestOutputHelper output)
{
    private const string Heavy = "api/descend?lat=52.6175&lon=-6.7797&methods=all&maxSteps=200000&alpha=0.001&eta=0.001";
    private const string Original = "api/descend?lat=52.6175&lon=-6.7797&methods=all&maxSteps=1000000&alpha=0.001&eta=0.001";
    private const long PeakLimitBytes = 1536L * 1024 * 1024;

    [Fact]
    public async Task Serve_UnderABurstOfHeavyDescents_AnswersEveryoneStaysUnder1Point5GBAndStillServes()
    {
        using var server = StartServer(out var baseUrl);
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 100 }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
            var requests = Enumerable.Range(0, 40).Select(_ => Status(client, Heavy))
                .Concat(Enumerable.Range(0, 10).Select(_ => Status(client, Original)))
                .Concat(Enumerable.Range(0, 5).Select(_ => GiveUp(client, Heavy)))
                .ToList();

            var statuses = await Task.WhenAll(requests);

            var counts = statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}");
            var peakBytes = PeakResidentBytes(server.Id);
            output.WriteLine($"answers {string.Join(", ", counts)}; server peak RSS {peakBytes / (1024 * 1024)} MB");
            Assert.All(statuses, s => Assert.Contains(s, new[] { 0, 200, 400, 503 }));
            Assert.Equal(10, statuses.Skip(40).Take(10).Count(s => s == 400));
            Assert.Contains(200, statuses.Take(40));
            Assert.True(peakBytes < PeakLimitBytes, $"peak RSS {peakBytes / (1024 * 1024)} MB");
            var click = await client.GetAsync("api/descend?lat=52.6175&lon=-6.7797");
            Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        }
        finally
        {
            server.Kill();
            server.WaitForExit(10_000);
        }
    }

    /// <summary>The status of one request; a 503 must say when to retry.</summary>
    private static async Task<int> Status(HttpClient client, string target)
    {
        using var response = await client.GetAsync(target, HttpCompletionOption.ResponseContentRead);
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            Assert.NotNull(response.Headers.RetryAfter);
        }

        return (int)response.StatusCode;
    }

    /// <summary>A client that goes away after 200 ms; 0 when it did, else the status it got first.</summary>
    private static async Task<int> GiveUp(HttpClient client, string target)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        try
        {
            using var response = await client.GetAsync(target, cancel.Token);
            return (int)response.StatusCode;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
    }

    private static Process StartServer(out Uri url)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestData.NewTempFolder("td-load") };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "terrain-descent.dll"), "serve", TestData.N52W007, "--port", "0", "--host", "127.0.0.1" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("serve exited before listening");
            var match = AddressPattern().Match(line);
            if (match.Success)
            {
                _ = process.StandardOutput.ReadToEndAsync();
                url = new Uri(match.Value);
                return process;
            }
        }

        process.Kill();
        throw new TimeoutException("serve did not print its address");
    }

    /// <summary>The process's peak resident set size (VmHWM), bytes.</summary>
    private static long PeakResidentBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex AddressPattern();
}
