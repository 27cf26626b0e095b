namespace TerrainDescent.Core.IO;

/// <summary>What a path names on disk, as far as writing onto it is concerned.</summary>
internal enum PathKind
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A device, pipe, socket or other special file.</summary>
    Special,
}
