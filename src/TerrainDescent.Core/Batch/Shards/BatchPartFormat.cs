namespace TerrainDescent.Core.Batch.Shards;

/// <summary>
/// The layout of a part file, little-endian via <see cref="BinaryWriter"/>: the magic "TDPART", a format version,
/// the <see cref="BatchPartHeader"/>, then per owned start in ascending start order a record marker, the start index
/// and id, and per method the flags, end reason, steps, ground length, problem and feature bytes; last an end marker
/// with the record count, so a truncated part is told from a complete one.
/// </summary>
internal static class BatchPartFormat
{
    public const string Magic = "TDPART";
    public const int Version = 1;
    public const byte RecordMarker = 0x52; // 'R'
    public const byte EndMarker = 0x45; // 'E'
    public const byte DescendedFlag = 1;
    public const byte ProblemFlag = 2;
}
