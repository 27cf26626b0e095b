using System.Text;
using TerrainDescent.Core.IO;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Core.Tests.IO;

public sealed class AtomicFileTests
{
    [Fact]
    public void Write_OverAnExistingFile_ReplacesItAndLeavesNoTemporaryFile()
    {
        var folder = TestData.NewTempFolder();
        var path = Path.Combine(folder, "out.txt");
        File.WriteAllText(path, "old");

        AtomicFile.Write(path, stream => stream.Write("new"u8));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["out.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_WhenTheWriterThrows_KeepsThePreviousFileAndRemovesTheTemporary()
    {
        var folder = TestData.NewTempFolder();
        var path = Path.Combine(folder, "out.txt");
        File.WriteAllText(path, "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(new byte[1 << 20]);
            throw new InvalidOperationException("failed half-way");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["out.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Begin_DisposedWithoutCommit_RemovesTheTemporaryAndKeepsThePrevious()
    {
        var folder = TestData.NewTempFolder();
        var path = Path.Combine(folder, "out.txt");
        File.WriteAllText(path, "old");

        using (var writer = AtomicFile.Begin(path))
        {
            writer.Stream.Write("partial"u8);
            Assert.Equal(2, Directory.GetFiles(folder).Length);
        }

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public void Write_ThroughASymbolicLink_ReplacesTheTargetAndKeepsTheLink()
    {
        var folder = TestData.NewTempFolder();
        var target = Path.Combine(folder, "real.txt");
        var link = Path.Combine(folder, "link.txt");
        File.WriteAllText(target, "old");
        File.CreateSymbolicLink(link, target);

        AtomicFile.Write(link, stream => stream.Write("new"u8));

        Assert.Equal("new", File.ReadAllText(target));
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(2, Directory.GetFileSystemEntries(folder).Length);
    }

    [Fact]
    public void Write_IntoAMissingFolder_FailsAndDoesNotCreateIt()
    {
        var missing = Path.Combine(TestData.NewTempFolder(), "missing");

        var error = Assert.Throws<IOException>(() => AtomicFile.Write(Path.Combine(missing, "out.txt"), _ => { }));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void Write_OntoAReadOnlyFile_FailsAndLeavesItAndItsModeAlone()
    {
        var path = Path.Combine(TestData.NewTempFolder(), "locked.txt");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);

        var error = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream => stream.Write("new"u8)));

        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
    }

    [Theory]
    [InlineData("/dev/null", "device")]
    [InlineData("/dev/full", "device")]
    [InlineData("/tmp", "folder")]
    public void ProblemWriting_ASpecialFileOrFolder_NamesWhatItIs(string path, string expected)
    {
        var problem = AtomicFile.ProblemWriting(path);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ProblemWriting_StandardOutput_IsAllowed()
    {
        Assert.Null(AtomicFile.ProblemWriting(AtomicFile.StandardOutput));
    }

    [Fact]
    public void Write_ManyTimesInParallel_AlwaysLeavesOneWholeVersion()
    {
        var folder = TestData.NewTempFolder();
        var path = Path.Combine(folder, "out.txt");

        Parallel.For(0, 16, i => AtomicFile.Write(path, stream => stream.Write(Encoding.ASCII.GetBytes(new string((char)('a' + i), 10_000)))));

        var text = File.ReadAllText(path);
        Assert.Equal(10_000, text.Length);
        Assert.All(text, c => Assert.Equal(text[0], c));
        Assert.Single(Directory.GetFiles(folder));
    }
}
