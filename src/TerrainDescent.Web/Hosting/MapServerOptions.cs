namespace TerrainDescent.Web.Hosting;

/// <summary>Where and how the map server listens.</summary>
public sealed record MapServerOptions
{
    /// <summary>The address to bind: loopback unless told otherwise, so the map is not exposed to the network.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>
    /// An XYZ tile URL template (<c>https://…/{z}/{x}/{y}.png</c>) the page draws under the relief, or null (the
    /// default: the product works offline and fetches nothing from elsewhere).
    /// </summary>
    public string? BasemapUrlTemplate { get; init; }

    /// <summary>The TCP port; 0 lets the system choose a free one.</summary>
    public int Port { get; init; }

    /// <summary>Whether to log requests' timings to the console (the CLI does; tests do not).</summary>
    public bool LogToConsole { get; init; }

    /// <summary>Descents that run at once (default: one per core); further requests queue.</summary>
    public int MaxConcurrentDescents { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Descent requests that may wait for a free slot (default 128); beyond that, 503 with <c>Retry-After</c>. A waiting
    /// request holds only its parsed query, so the queue bounds waiting time, not memory; the running ones bound memory.
    /// </summary>
    public int MaxQueuedDescents { get; init; } = 128;

    /// <summary>How long a descent request may wait for a slot (default 20 s) before it is answered 503.</summary>
    public TimeSpan DescentQueueTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The whole time one descent request may take, queue included (default 30 s), before it is answered 503.</summary>
    public TimeSpan DescentTimeBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The folder the page's files are served from; only files under it are ever served. Defaults to
    /// <c>wwwroot</c> beside the program.
    /// </summary>
    public string WebRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");
}
