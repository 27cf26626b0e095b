namespace TerrainDescent.Core.Terrain.Tiles;

/// <summary>
/// The cache's record of one tile: its decoded samples while resident, how many readers pin it, and its place in the
/// least-recently-used order. Guarded by the owning <see cref="TileCache"/>'s lock, except the samples reference,
/// which readers take once while pinned.
/// </summary>
internal sealed class TileSlot(ITileSource source, int tileIndex, long bytes)
{
    /// <summary>Where the samples come from.</summary>
    public ITileSource Source { get; } = source;

    /// <summary>The tile's index in its source.</summary>
    public int TileIndex { get; } = tileIndex;

    /// <summary>Bytes the decoded samples occupy.</summary>
    public long Bytes { get; } = bytes;

    /// <summary>The decoded samples, or null when not resident.</summary>
    public float[]? Samples { get; set; }

    /// <summary>Readers that hold the tile; a pinned tile is never evicted.</summary>
    public int Pins { get; set; }

    /// <summary>The slot's node in the cache's recency list while resident.</summary>
    public LinkedListNode<TileSlot>? Recency { get; set; }

    /// <summary>Serialises decoding, so concurrent first readers decode once.</summary>
    public object DecodeGate { get; } = new();
}
