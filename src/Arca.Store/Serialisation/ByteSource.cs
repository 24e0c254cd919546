namespace Arca.Store.Serialisation;

using System.Buffers.Binary;
using Arca.Core.Hashing;
using Arca.Store.Nar;

/// <summary>
/// A buffered reader of Nix's wire format (8-byte little-endian numbers, zero-padded strings) over a stream.
/// It may read ahead of what it returns, so one source must serve a whole stream (e.g. every NAR and trailer
/// of an export). While <see cref="Tee"/> is set, every byte consumed is also fed to that hasher.
/// </summary>
public sealed class ByteSource
{
    private readonly Stream _stream;
    private readonly byte[] _buffer;
    private int _start;
    private int _end;

    public ByteSource(Stream stream, int bufferSize = 1 << 20)
    {
        _stream = stream;
        _buffer = GC.AllocateUninitializedArray<byte>(bufferSize);
    }

    public Hasher? Tee { get; set; }

    /// <summary>Bytes consumed so far.</summary>
    public long Position { get; private set; }

    /// <summary>Whether the stream has no more bytes (reads ahead if needed).</summary>
    public bool AtEnd => _start == _end && Fill() == 0;

    private int Fill()
    {
        if (_start < _end) return _end - _start;
        _start = 0;
        _end = _stream.Read(_buffer, 0, _buffer.Length);
        return _end;
    }

    /// <summary>The next up to <paramref name="max"/> buffered bytes, consumed; empty only at end of stream.</summary>
    public ReadOnlySpan<byte> ReadChunk(long max)
    {
        if (Fill() == 0) return [];
        int n = (int)Math.Min(max, _end - _start);
        var chunk = _buffer.AsSpan(_start, n);
        Consume(n);
        return chunk;
    }

    private void Consume(int n)
    {
        Tee?.Append(_buffer.AsSpan(_start, n));
        _start += n;
        Position += n;
    }

    public void ReadExactly(Span<byte> destination)
    {
        while (destination.Length > 0)
        {
            var chunk = ReadChunk(destination.Length);
            if (chunk.Length == 0) throw new NarFormatException("unexpected end-of-file");
            chunk.CopyTo(destination);
            destination = destination[chunk.Length..];
        }
    }

    public void Skip(long count)
    {
        while (count > 0)
        {
            var chunk = ReadChunk(count);
            if (chunk.Length == 0) throw new NarFormatException("unexpected end-of-file");
            count -= chunk.Length;
        }
    }

    public ulong ReadUInt64()
    {
        Span<byte> bytes = stackalloc byte[8];
        ReadExactly(bytes);
        return BinaryPrimitives.ReadUInt64LittleEndian(bytes);
    }

    public void ReadPadding(long length)
    {
        int padding = (int)((8 - (length & 7)) & 7);
        if (padding == 0) return;
        Span<byte> bytes = stackalloc byte[8];
        ReadExactly(bytes[..padding]);
        foreach (var b in bytes[..padding])
            if (b != 0) throw new NarFormatException("non-zero padding");
    }

    /// <summary>A length-prefixed, padded string of at most <paramref name="max"/> bytes.</summary>
    public byte[] ReadString(int max)
    {
        ulong length = ReadUInt64();
        if (length > (ulong)max) throw new NarFormatException("string is too long");
        var bytes = new byte[(int)length];
        ReadExactly(bytes);
        ReadPadding(bytes.Length);
        return bytes;
    }
}
