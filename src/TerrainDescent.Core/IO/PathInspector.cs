using System.Runtime.InteropServices;

namespace TerrainDescent.Core.IO;

/// <summary>
/// Classifies a path (after following symbolic links) as missing, a regular file, a folder or a special file.
/// .NET reports devices and pipes as ordinary files, so on Unix this asks the runtime's own native shim
/// (<c>SystemNative_Stat</c>, shipped with every .NET), whose status structure has a fixed, cross-platform layout.
/// </summary>
internal static class PathInspector
{
    private const int FileTypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int FolderType = 0x4000;

    /// <summary>The kind of <paramref name="fullPath"/>, following symbolic links.</summary>
    public static PathKind KindOf(string fullPath)
    {
        if (Directory.Exists(fullPath))
        {
            return PathKind.Folder;
        }

        if (!File.Exists(fullPath))
        {
            return PathKind.Missing;
        }

        if (OperatingSystem.IsWindows())
        {
            return (File.GetAttributes(fullPath) & FileAttributes.Device) != 0 ? PathKind.Special : PathKind.Regular;
        }

        // FileStatus starts int Flags, int Mode; Mode carries the S_IFMT type bits. The buffer exceeds the structure.
        var status = new byte[512];
        if (Stat(fullPath, status) != 0)
        {
            return PathKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & FileTypeMask) switch
        {
            RegularType => PathKind.Regular,
            FolderType => PathKind.Folder,
            _ => PathKind.Special,
        };
    }

    /// <summary>
    /// Whether an existing regular file must not be replaced: it is marked read-only for this user, or nobody
    /// may write it (which root would otherwise ignore).
    /// </summary>
    public static bool IsReadOnly(string fullPath)
    {
        if ((File.GetAttributes(fullPath) & FileAttributes.ReadOnly) != 0)
        {
            return true;
        }

        return !OperatingSystem.IsWindows()
            && (File.GetUnixFileMode(fullPath) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
    }

    /// <summary>The path with every symbolic link along it followed to its final target, as a full path.</summary>
    public static string FinalTarget(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var target = File.ResolveLinkTarget(full, returnFinalTarget: true);
            return target is null ? full : Path.GetFullPath(target.FullName);
        }
        catch (IOException)
        {
            return full;
        }
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code, which Core does not allow.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
#pragma warning restore SYSLIB1054
}
