using System.Text.RegularExpressions;

namespace TerrainDescent.Gdal.Tests.Native;

/// <summary>
/// P/Invoke goes through source-generated <c>LibraryImport</c>: a <c>DllImport</c> added to any source file fails here.
/// </summary>
public sealed partial class InteropDeclarationTests
{
    /// <summary>
    /// The one runtime-marshalled declaration allowed, with its reason: Core keeps unsafe code off (it references
    /// nothing and stays safe), and LibraryImport's generated stubs are unsafe code. It calls .NET's own shim, not GDAL.
    /// </summary>
    private static readonly string[] s_allowed = ["src/TerrainDescent.Core/IO/PathInspector.cs"];

    [Fact]
    public void SourceFiles_DeclareNoDllImport()
    {
        var root = RepositoryRoot();

        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !s_allowed.Contains(f))
            .Where(f => DllImport().IsMatch(File.ReadAllText(Path.Combine(root, f))))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(offenders.Count == 0, "DllImport (use [LibraryImport]) in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void GdalNativeLayer_DeclaresItsEntryPointsWithLibraryImport()
    {
        var native = Path.Combine(RepositoryRoot(), "src", "TerrainDescent.Gdal", "Native", "GdalNative.cs");

        var text = File.ReadAllText(native);

        Assert.True(LibraryImport().Matches(text).Count > 50);
        Assert.DoesNotMatch(DllImport(), text);
        Assert.DoesNotContain(" extern ", text);
    }

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TerrainDescent.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Cannot find TerrainDescent.sln above the test binaries.");
    }

    [GeneratedRegex(@"\[\s*(?:System\.Runtime\.InteropServices\.)?DllImport(?:Attribute)?\s*\(")]
    private static partial Regex DllImport();

    [GeneratedRegex(@"\[LibraryImport\(")]
    private static partial Regex LibraryImport();
}
