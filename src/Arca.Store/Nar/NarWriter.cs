namespace Arca.Store.Nar;

using System.Buffers.Binary;
using System.Text;
using Arca.Core;
using Arca.Store.Native;
using Microsoft.Win32.SafeHandles;

/// <summary>
/// Serialises a file system tree as a Nix archive, byte-identical to <c>nix-store --dump</c>, in constant memory:
/// one buffer, file contents read straight into it and handed to the output in large pieces (so hashing a NAR
/// copies each byte once, from the kernel). Directory entries are sorted by the bytes of their names.
/// Optionally mirrors every object to an <see cref="INarVisitor"/>, which is how the store copies a tree while
/// hashing exactly the bytes it copies.
/// </summary>
public sealed class NarWriter
{
    public const int DefaultBufferSize = 1 << 20;

    /// <summary>Read no less than this much file data per call, flushing the buffer first if needed.</summary>
    private const int MinimumReadSize = 64 * 1024;

    private static ReadOnlySpan<byte> Magic => "nix-archive-1"u8;

    private readonly Stream _output;
    private readonly INarVisitor? _mirror;
    private readonly byte[] _buffer;
    private int _position;

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
        FileAttributes attributes;
        try
        {
            attributes = File.GetAttributes(root);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ArcaException($"getting status of '{root}': No such file or directory");
        }
        WriteString(Magic);
        WriteNode(root, "", attributes, KindOf(attributes), depth: 0);
        Flush();
    }

    /// <summary>Writes the archive of a single regular file with the given contents (Nix's <c>dumpString</c>).</summary>
    public void WriteRegularFile(ReadOnlySpan<byte> contents, bool executable = false)
    {
        WriteString(Magic);
        WriteToken("(");
        WriteToken("type");
        WriteToken("regular");
        if (executable) { WriteToken("executable"); WriteToken(""); }
        WriteToken("contents");
        WriteLength(contents.Length);
        Append(contents);
        AppendPadding(contents.Length);
        WriteToken(")");
        Flush();
    }

    public void Flush()
    {
        if (_position == 0) return;
        _output.Write(_buffer, 0, _position);
        BytesWritten += _position;
        _position = 0;
    }

    private enum Kind { Regular, Directory, Symlink }

    private static Kind KindOf(FileAttributes attributes) =>
        (attributes & FileAttributes.ReparsePoint) != 0 ? Kind.Symlink
        : (attributes & FileAttributes.Directory) != 0 ? Kind.Directory
        : Kind.Regular;

    private void WriteNode(string fullPath, string relativePath, FileAttributes attributes, Kind kind, int depth)
    {
        if (depth >= NarFormat.MaxDepth)
            throw new ArcaException($"path '{fullPath}' exceeds maximum NAR directory depth of {NarFormat.MaxDepth}");
        WriteToken("(");
        WriteToken("type");
        switch (kind)
        {
            case Kind.Symlink:
            {
                var target = new FileInfo(fullPath).LinkTarget
                    ?? throw new ArcaException($"reading symbolic link '{fullPath}' failed");
                WriteToken("symlink");
                WriteToken("target");
                WriteString(Encoding.UTF8.GetBytes(target));
                _mirror?.CreateSymlink(relativePath, target);
                break;
            }
            case Kind.Directory:
            {
                WriteToken("directory");
                _mirror?.CreateDirectory(relativePath);
                var entries = ReadSortedEntries(fullPath);
                foreach (var entry in entries)
                {
                    WriteToken("entry");
                    WriteToken("(");
                    WriteToken("name");
                    WriteString(entry.NameBytes);
                    WriteToken("node");
                    var childRelative = relativePath.Length == 0 ? entry.Name : relativePath + "/" + entry.Name;
                    WriteNode(fullPath + "/" + entry.Name, childRelative, entry.Attributes, KindOf(entry.Attributes), depth + 1);
                    WriteToken(")");
                }
                break;
            }
            default:
                WriteRegular(fullPath, relativePath);
                break;
        }
        WriteToken(")");
    }

    private readonly record struct Entry(string Name, byte[] NameBytes, FileAttributes Attributes);

    private static List<Entry> ReadSortedEntries(string directory)
    {
        var entries = new List<Entry>();
        foreach (var info in new DirectoryInfo(directory).EnumerateFileSystemInfos())
            entries.Add(new Entry(info.Name, Encoding.UTF8.GetBytes(info.Name), info.Attributes));
        // NAR order is by the bytes of the names, which neither culture nor UTF-16 ordinal order matches.
        entries.Sort(static (a, b) => a.NameBytes.AsSpan().SequenceCompareTo(b.NameBytes));
        return entries;
    }

    private void WriteRegular(string fullPath, string relativePath)
    {
        var (mode, size) = Posix.StatNoFollow(fullPath);
        if ((mode & Posix.S_IFMT) != Posix.S_IFREG)
            throw new ArcaException($"file '{fullPath}' has an unsupported type");
        bool executable = (mode & Posix.S_IXUSR) != 0;
        using SafeFileHandle handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, FileOptions.SequentialScan);
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
            if (_buffer.Length - _position < MinimumReadSize) Flush();
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
            if (_position == _buffer.Length) Flush();
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
        if (_buffer.Length - _position < bytes) Flush();
    }
}
