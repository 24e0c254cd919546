namespace Arca.Store.Nar;

using System.Buffers.Binary;
using System.Text;
using Arca.Core;
using Arca.Core.IO;
using Arca.Store.Native;
using Microsoft.Win32.SafeHandles;

/// <summary>
/// Serialises a file system tree as a Nix archive, byte-identical to <c>nix-store --dump</c>, in constant memory:
/// one buffer, file contents read straight into it and handed to the output in large pieces (so hashing a NAR
/// copies each byte once, from the kernel). Directory entries are sorted by the bytes of their names.
/// Optionally mirrors every object to an <see cref="INarVisitor"/>, which is how the store copies a tree while
/// hashing exactly the bytes it copies. A tree larger than the buffer is written through a <see cref="BufferPipeline"/>:
/// the output (a hasher, typically) consumes one buffer on a second thread while the next is being read.
/// </summary>
public sealed class NarWriter
{
    public const int DefaultBufferSize = 1 << 20;

    /// <summary>Read no less than this much file data per call, flushing the buffer first if needed.</summary>
    private const int MinimumReadSize = 64 * 1024;

    private static ReadOnlySpan<byte> Magic => "nix-archive-1"u8;

    private readonly Stream _output;
    private readonly INarVisitor? _mirror;
    private byte[] _buffer;
    private int _position;

    /// <summary>Started by the first full buffer of <see cref="WritePath"/>; small archives never start a thread.</summary>
    private BufferPipeline? _pipeline;

    public NarWriter(Stream output, INarVisitor? mirror = null, int bufferSize = DefaultBufferSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, MinimumReadSize * 2);
        _output = output;
        _mirror = mirror;
        _buffer = GC.AllocateUninitializedArray<byte>(bufferSize);
    }

    /// <summary>Bytes of archive produced so far.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>Writes the whole archive of the file system object at <paramref name="path"/> (not following a symlink there).</summary>
    public void WritePath(string path)
    {
        var root = Path.GetFullPath(path);
        var status = Stat(root);
        try
        {
            WriteString(Magic);
            WriteNode(root, "", status, depth: 0);
            Flush();
        }
        finally
        {
            _pipeline?.Dispose(); // only still set when writing failed
            _pipeline = null;
        }
    }

    /// <summary>
    /// The archive of one regular file held in memory (Nix's <c>dumpString</c>: a .drv, a <c>toFile</c> text), written to
    /// <paramref name="output"/> without an archive buffer: the framing is a few dozen bytes around the contents, and
    /// an instance's buffer (at least 128 KiB) would be allocated for every derivation an evaluation writes.
    /// Returns the archive's size.
    /// </summary>
    public static long WriteRegularFile(Stream output, ReadOnlySpan<byte> contents, bool executable = false)
    {
        Span<byte> framing = stackalloc byte[192];
        int length = 0;
        AppendToken(framing, ref length, Magic);
        AppendToken(framing, ref length, "("u8);
        AppendToken(framing, ref length, "type"u8);
        AppendToken(framing, ref length, "regular"u8);
        if (executable)
        {
            AppendToken(framing, ref length, "executable"u8);
            AppendToken(framing, ref length, ""u8);
        }
        AppendToken(framing, ref length, "contents"u8);
        BinaryPrimitives.WriteUInt64LittleEndian(framing[length..], (ulong)contents.Length);
        output.Write(framing[..(length + 8)]);
        output.Write(contents);

        length = NarFormat.Padding(contents.Length);
        framing[..length].Clear();
        AppendToken(framing, ref length, ")"u8);
        output.Write(framing[..length]);
        return FramedSize(executable) + contents.Length + NarFormat.Padding(contents.Length);
    }

    /// <summary>
    /// The SHA-256 of the archive of one regular file held in memory (a .drv), and the archive's size: the archive
    /// is laid out in a pooled buffer and hashed in one call, where a hashing stream would cost a hasher, a stream
    /// and the native hash context for every file.
    /// </summary>
    public static Arca.Core.Hashing.Hash HashRegularFile(ReadOnlySpan<byte> contents, out long narSize, bool executable = false)
    {
        narSize = FramedSize(executable) + contents.Length + NarFormat.Padding(contents.Length);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(checked((int)narSize));
        try
        {
            // A stream over the rented array itself: it neither grows nor copies.
            using var archive = new MemoryStream(buffer, writable: true);
            WriteRegularFile(archive, contents, executable);
            return Arca.Core.Hashing.Hash.Compute(Arca.Core.Hashing.HashAlgorithm.Sha256, buffer.AsSpan(0, (int)archive.Position));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Length, bytes and zero padding of one token, at <paramref name="length"/> in <paramref name="target"/>.</summary>
    private static void AppendToken(Span<byte> target, ref int length, ReadOnlySpan<byte> token)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(target[length..], (ulong)token.Length);
        length += 8;
        token.CopyTo(target[length..]);
        length += token.Length;
        int padding = NarFormat.Padding(token.Length);
        target.Slice(length, padding).Clear();
        length += padding;
    }

    /// <summary>The archive bytes of a regular file besides its contents and their padding.</summary>
    private static long FramedSize(bool executable) =>
        TokenSize(Magic.Length) + TokenSize(1) + TokenSize(4) + TokenSize(7) +
        (executable ? TokenSize(10) + TokenSize(0) : 0) + TokenSize(8) + 8 + TokenSize(1);

    private static long TokenSize(int length) => 8 + length + NarFormat.Padding(length);

    /// <summary>Writes everything buffered to the output and waits until the output has taken it.</summary>
    private void Flush()
    {
        if (_pipeline is { } pipeline)
        {
            _pipeline = null;
            if (_position > 0) HandOver(pipeline);
            pipeline.Complete();
            return;
        }
        if (_position == 0) return;
        _output.Write(_buffer, 0, _position);
        BytesWritten += _position;
        _position = 0;
    }

    /// <summary>Makes room in the buffer: the full one goes to the pipeline (started now if this is the first).</summary>
    private void FlushFull() => HandOver(_pipeline ??= new BufferPipeline(_output, _buffer.Length));

    private void HandOver(BufferPipeline pipeline)
    {
        int count = _position;
        _buffer = pipeline.Exchange(_buffer, count);
        BytesWritten += count;
        _position = 0;
    }

    /// <summary>One lstat per object (as Nix does): type, owner-executable bit and size.</summary>
    private static FileStat Stat(string path)
    {
        try
        {
            return FileStatus.StatNoFollow(path);
        }
        catch (FileNotFoundException)
        {
            throw new ArcaException($"getting status of '{path}': No such file or directory");
        }
    }

    private void WriteNode(string fullPath, string relativePath, FileStat status, int depth)
    {
        if (depth >= NarFormat.MaxDepth)
            throw new ArcaException($"path '{fullPath}' exceeds maximum NAR directory depth of {NarFormat.MaxDepth}");
        WriteToken("(");
        WriteToken("type");
        switch (status.Mode & FileStatus.S_IFMT)
        {
            case FileStatus.S_IFLNK:
            {
                var target = new FileInfo(fullPath).LinkTarget
                    ?? throw new ArcaException($"reading symbolic link '{fullPath}' failed");
                WriteToken("symlink");
                WriteToken("target");
                WriteString(Encoding.UTF8.GetBytes(target));
                _mirror?.CreateSymlink(relativePath, target);
                break;
            }
            case FileStatus.S_IFDIR:
            {
                WriteToken("directory");
                _mirror?.CreateDirectory(relativePath);
                foreach (var entry in ReadSortedEntries(fullPath))
                {
                    WriteToken("entry");
                    WriteToken("(");
                    WriteToken("name");
                    WriteString(entry.NameBytes);
                    WriteToken("node");
                    var childPath = fullPath + "/" + entry.Name;
                    var childRelative = relativePath.Length == 0 ? entry.Name : relativePath + "/" + entry.Name;
                    WriteNode(childPath, childRelative, Stat(childPath), depth + 1);
                    WriteToken(")");
                }
                break;
            }
            case FileStatus.S_IFREG:
                WriteRegular(fullPath, relativePath, executable: (status.Mode & FileStatus.S_IXUSR) != 0, status.Size);
                break;
            default:
                throw new ArcaException($"file '{fullPath}' has an unsupported type");
        }
        WriteToken(")");
    }

    private readonly record struct Entry(string Name, byte[] NameBytes);

    private static List<Entry> ReadSortedEntries(string directory)
    {
        var entries = new List<Entry>();
        var names = new System.IO.Enumeration.FileSystemEnumerable<string>(directory,
            static (ref System.IO.Enumeration.FileSystemEntry entry) => entry.FileName.ToString(),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false });
        foreach (var name in names) entries.Add(new Entry(name, Encoding.UTF8.GetBytes(name)));
        // NAR order is by the bytes of the names, which neither culture nor UTF-16 ordinal order matches.
        entries.Sort(static (a, b) => a.NameBytes.AsSpan().SequenceCompareTo(b.NameBytes));
        return entries;
    }

    private void WriteRegular(string fullPath, string relativePath, bool executable, long size)
    {
        using SafeFileHandle handle = Posix.OpenForReading(fullPath);
        WriteToken("regular");
        if (executable)
        {
            WriteToken("executable");
            WriteToken("");
        }
        WriteToken("contents");
        WriteLength(size);
        _mirror?.BeginRegularFile(relativePath, executable, size);

        long offset = 0;
        while (offset < size)
        {
            if (_buffer.Length - _position < MinimumReadSize) FlushFull();
            int want = (int)Math.Min(_buffer.Length - _position, size - offset);
            int got = RandomAccess.Read(handle, _buffer.AsSpan(_position, want), offset);
            if (got <= 0) throw new ArcaException($"file '{fullPath}' changed while it was being archived (it became shorter)");
            _mirror?.WriteContents(_buffer.AsSpan(_position, got));
            _position += got;
            offset += got;
        }
        _mirror?.EndRegularFile();
        AppendPadding(size);
    }

    private void WriteToken(string asciiToken)
    {
        EnsureSpace(8 + asciiToken.Length + 8);
        BinaryPrimitives.WriteUInt64LittleEndian(_buffer.AsSpan(_position), (ulong)asciiToken.Length);
        _position += 8;
        _position += Encoding.ASCII.GetBytes(asciiToken, _buffer.AsSpan(_position));
        AppendPadding(asciiToken.Length);
    }

    private void WriteString(ReadOnlySpan<byte> bytes)
    {
        WriteLength(bytes.Length);
        Append(bytes);
        AppendPadding(bytes.Length);
    }

    private void WriteLength(long length)
    {
        EnsureSpace(8);
        BinaryPrimitives.WriteUInt64LittleEndian(_buffer.AsSpan(_position), (ulong)length);
        _position += 8;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            if (_position == _buffer.Length) FlushFull();
            int n = Math.Min(bytes.Length, _buffer.Length - _position);
            bytes[..n].CopyTo(_buffer.AsSpan(_position));
            _position += n;
            bytes = bytes[n..];
        }
    }

    private void AppendPadding(long length)
    {
        int padding = NarFormat.Padding(length);
        if (padding == 0) return;
        EnsureSpace(padding);
        _buffer.AsSpan(_position, padding).Clear();
        _position += padding;
    }

    private void EnsureSpace(int bytes)
    {
        if (_buffer.Length - _position < bytes) FlushFull();
    }
}
