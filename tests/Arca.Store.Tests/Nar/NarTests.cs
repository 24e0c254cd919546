namespace Arca.Store.Tests.Nar;

using System.Text;
using Arca.Core.Hashing;
using Arca.Store.Nar;

public sealed class NarTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("arca-nar-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] Dump(string path, int bufferSize = NarWriter.DefaultBufferSize)
    {
        var output = new MemoryStream();
        new NarWriter(output, bufferSize: bufferSize).WritePath(path);
        return output.ToArray();
    }

    [Fact]
    public void ARegularFileHasTheOraclesNarHash()
    {
        var file = Path.Combine(_dir, "hw.txt");
        File.WriteAllText(file, "hello world");
        var nar = Dump(file);
        Assert.Equal(NarBuilder.Archive().Regular("hello world").ToArray(), nar);
        // From the oracle's database after `nix-store --add` of this file (narSize 128).
        Assert.Equal(128, nar.Length);
        Assert.Equal("ae45042aef5b148835db02d045fe89b4c09ff9e476dab001a14bc0322d3f2093", Hash.Compute(HashAlgorithm.Sha256, nar).ToBase16());
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(8, false)]
    [InlineData(13, true)]
    [InlineData(1000, false)]
    public void AFileInMemoryIsArchivedAsTheSameFileOnDisk(int size, bool executable)
    {
        var contents = new byte[size];
        new Random(size).NextBytes(contents);
        var file = Path.Combine(_dir, "f");
        File.WriteAllBytes(file, contents);
        if (executable) File.SetUnixFileMode(file, File.GetUnixFileMode(file) | UnixFileMode.UserExecute);
        var output = new MemoryStream();
        long narSize = NarWriter.WriteRegularFile(output, contents, executable);
        Assert.Equal(Dump(file), output.ToArray());
        Assert.Equal(output.Length, narSize);
    }

    [Fact]
    public void DirectoryEntriesAreSortedByBytes()
    {
        using var tree = new TestTree(Path.Combine(_dir, "t"));
        var nar = Dump(tree.Root);
        var text = Encoding.UTF8.GetString(nar);
        // 'Z' (0x5a) < '_' (0x5f) < 'a' (0x61) < 'e\u0301' < 'Ä' (0xc3 …) < '日' (0xe6) < 'ﬁ' (0xef) < emoji (0xf0)
        int Pos(string s) => text.IndexOf(s, StringComparison.Ordinal);
        Assert.True(Pos("Zeta") < Pos("_under"));
        Assert.True(Pos("_under") < Pos("alpha"));
        Assert.True(Pos("alpha") < Pos("e\u0301"));
        Assert.True(Pos("Ärger") < Pos("日本"));
        Assert.True(Pos("\uFB01") < Pos("\U0001F600"));
    }

    [Theory]
    [InlineData(128 * 1024)]
    [InlineData(NarWriter.DefaultBufferSize)]
    public void RoundTripsThroughRestoreByteForByte(int bufferSize)
    {
        using var tree = new TestTree(Path.Combine(_dir, "t"));
        var nar = Dump(tree.Root, bufferSize);
        var target = Path.Combine(_dir, "restored");
        NarRestorer.Restore(new MemoryStream(nar), target);
        Assert.Equal(nar, Dump(target));
        Assert.Equal("hello.txt", new FileInfo(Path.Combine(target, "link-relative")).LinkTarget);
        Assert.True((File.GetUnixFileMode(Path.Combine(target, "bin/run.sh")) & UnixFileMode.UserExecute) != 0);
        Assert.True((File.GetUnixFileMode(Path.Combine(target, "bin/seven")) & UnixFileMode.UserExecute) == 0);
    }

    /// <summary>
    /// A tree many times the buffer goes through the writer's pipeline (a second thread consumes the buffers): the
    /// archive must be the same bytes as one written without it, whatever the consumer's pace.
    /// </summary>
    [Fact]
    public void ATreeLargerThanTheBufferIsArchivedIdenticallyThroughThePipeline()
    {
        var root = Path.Combine(_dir, "large");
        var random = new Random(7);
        for (int i = 0; i < 40; i++)
        {
            var data = new byte[random.Next(0, 300_000)];
            random.NextBytes(data);
            var file = Path.Combine(root, $"d{i % 5}", $"f{i:00}");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, data);
        }
        const int buffer = 128 * 1024;
        var direct = new MemoryStream();
        var writer = new NarWriter(direct, bufferSize: buffer);
        writer.WritePath(root);
        var oneBuffer = Dump(root, bufferSize: 16 * 1024 * 1024); // larger than the tree: no pipeline
        Assert.Equal(oneBuffer, direct.ToArray());
        Assert.Equal(oneBuffer.Length, writer.BytesWritten);

        var restored = Path.Combine(_dir, "large-restored");
        NarRestorer.Restore(new MemoryStream(oneBuffer), restored);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(restored, Path.GetRelativePath(root, file))));
    }

    [Fact]
    public void AnOutputThatFailsMidArchiveFailsTheWrite()
    {
        var root = Path.Combine(_dir, "failing");
        Directory.CreateDirectory(root);
        File.WriteAllBytes(Path.Combine(root, "big"), new byte[2_000_000]);
        var error = Assert.Throws<IOException>(() => new NarWriter(new FailingStream(), bufferSize: 128 * 1024).WritePath(root));
        Assert.Equal("no space left", error.Message);
    }

    private sealed class FailingStream : Stream
    {
        private int _writes;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => 0;
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Write(byte[] buffer, int offset, int count)
        {
            if (++_writes == 3) throw new IOException("no space left");
        }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    [Fact]
    public void AFifoIsAnUnsupportedTypeNotAHang()
    {
        var dir = Path.Combine(_dir, "withfifo");
        Directory.CreateDirectory(dir);
        var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(dir, "pipe"));
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        var e = Assert.Throws<Arca.Core.ArcaException>(() => Dump(dir));
        Assert.Equal($"file '{Path.Combine(dir, "pipe")}' has an unsupported type", e.Message);
    }

    [Fact]
    public void ASymlinkRootIsArchivedAsASymlink()
    {
        var link = Path.Combine(_dir, "l");
        File.CreateSymbolicLink(link, "/nowhere");
        Assert.Equal(NarBuilder.Archive().Tokens("(", "type", "symlink", "target", "/nowhere", ")").ToArray(), Dump(link));
    }

    [Fact]
    public void AMirrorSeesExactlyWhatIsArchived()
    {
        using var tree = new TestTree(Path.Combine(_dir, "t"));
        var copy = Path.Combine(_dir, "copy");
        var nar = new MemoryStream();
        using (var restorer = new NarRestorer(copy)) new NarWriter(nar, restorer).WritePath(tree.Root);
        Assert.Equal(nar.ToArray(), Dump(copy));
    }

    public static IEnumerable<object[]> MalformedArchives()
    {
        yield return ["bad magic", new NarBuilder().Str("nix-archive-2").Regular("x").ToArray(), "bad archive: input doesn't look like a Nix archive"];
        yield return ["empty", Array.Empty<byte>(), "bad archive: input doesn't look like a Nix archive"];
        yield return ["unknown type", NarBuilder.Archive().Tokens("(", "type", "fifo", ")").ToArray(), "bad archive: unknown file type 'fifo'"];
        yield return ["unsorted", NarBuilder.Archive().Tokens("(", "type", "directory").Entry("b", n => n.Regular("")).Entry("a", n => n.Regular("")).Tokens(")").ToArray(), "bad archive: NAR directory is not sorted"];
        yield return ["duplicate", NarBuilder.Archive().Tokens("(", "type", "directory").Entry("a", n => n.Regular("")).Entry("a", n => n.Regular("")).Tokens(")").ToArray(), "bad archive: NAR directory is not sorted"];
        yield return ["slash", NarBuilder.Archive().Tokens("(", "type", "directory").Entry("a/b", n => n.Regular("")).Tokens(")").ToArray(), "bad archive: NAR contains invalid file name 'a/b'"];
        yield return ["dot", NarBuilder.Archive().Tokens("(", "type", "directory").Entry(".", n => n.Regular("")).Tokens(")").ToArray(), "bad archive: NAR contains invalid file name '.'"];
        yield return ["dotdot", NarBuilder.Archive().Tokens("(", "type", "directory").Entry("..", n => n.Regular("")).Tokens(")").ToArray(), "bad archive: NAR contains invalid file name '..'"];
        yield return ["empty name", NarBuilder.Archive().Tokens("(", "type", "directory").Entry("", n => n.Regular("")).Tokens(")").ToArray(), "bad archive: NAR contains invalid file name ''"];
        yield return ["nul", NarBuilder.Archive().Tokens("(", "type", "directory").Entry("a\0b", n => n.Regular("")).Tokens(")").ToArray(), "bad archive: NAR contains invalid file name 'a\0b'"];
        yield return ["truncated contents", NarBuilder.Archive().Tokens("(", "type", "regular", "contents").Num(100).ToArray(), "unexpected end-of-file"];
        yield return ["truncated end", NarBuilder.Archive().Tokens("(", "type", "regular", "contents", "abc").ToArray(), "unexpected end-of-file"];
        yield return ["non-zero padding", NarBuilder.Archive().Tokens("(", "type", "regular", "contents").Bytes("abc"u8.ToArray(), paddingByte: 1).Tokens(")").ToArray(), "non-zero padding"];
        yield return ["executable value", NarBuilder.Archive().Tokens("(", "type", "regular", "executable", "yes", "contents", "", ")").ToArray(), "string is too long"];
        yield return ["empty target", NarBuilder.Archive().Tokens("(", "type", "symlink", "target", "", ")").ToArray(), "bad archive: NAR contains invalid symlink target"];
        yield return ["wrong tag", NarBuilder.Archive().Tokens("(", "kind", "regular").ToArray(), "bad archive: expected tag 'type', got 'kind'"];
        yield return ["huge tag", NarBuilder.Archive().Str("(").Num(1UL << 40).ToArray(), "string is too long"];
    }

    [Theory]
    [MemberData(nameof(MalformedArchives))]
    public void RejectsMalformedArchivesAndWritesNothingOutsideTheTarget(string what, byte[] nar, string message)
    {
        var target = Path.Combine(_dir, "out", "target");
        Directory.CreateDirectory(Path.Combine(_dir, "out"));
        var e = Assert.Throws<NarFormatException>(() => NarRestorer.Restore(new MemoryStream(nar), target));
        Assert.True(e.Message == message, $"{what}: got '{e.Message}'");
        foreach (var entry in Directory.EnumerateFileSystemEntries(Path.Combine(_dir, "out")))
            Assert.Equal(target, entry);
    }

    [Fact]
    public void RefusesToRestoreOverAnExistingPath()
    {
        var target = Path.Combine(_dir, "exists");
        File.WriteAllText(target, "x");
        Assert.ThrowsAny<Exception>(() => NarRestorer.Restore(new MemoryStream(NarBuilder.Archive().Regular("y").ToArray()), target));
        Assert.Equal("x", File.ReadAllText(target));
    }

    [Fact]
    public void RejectsNestingDeeperThanNixAllows()
    {
        var b = NarBuilder.Archive();
        for (int i = 0; i < 64; i++) b.Tokens("(", "type", "directory", "entry", "(", "name", "d", "node");
        b.Regular("");
        var e = Assert.Throws<NarFormatException>(() => NarReader.Parse(new MemoryStream(b.ToArray()), new NullVisitor()));
        Assert.Contains("maximum depth", e.Message);
    }

    private sealed class NullVisitor : INarVisitor
    {
        public void CreateDirectory(string path) { }
        public void BeginRegularFile(string path, bool executable, long size) { }
        public void WriteContents(ReadOnlySpan<byte> chunk) { }
        public void EndRegularFile() { }
        public void CreateSymlink(string path, string target) { }
    }
}
