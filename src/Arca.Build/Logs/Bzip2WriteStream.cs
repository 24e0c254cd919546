namespace Arca.Build.Logs;

using System.Runtime.InteropServices;
using Arca.Build.Native;

/// <summary>A write-only stream that bzip2-compresses into another stream (libbz2, block size 9 as Nix uses).</summary>
internal sealed unsafe class Bzip2WriteStream : Stream
{
    private readonly Stream _inner;
    private readonly byte[] _outBuffer = new byte[128 * 1024];
    private Bzip2.BzStream* _stream;

    public Bzip2WriteStream(Stream inner)
    {
        _inner = inner;
        _stream = (Bzip2.BzStream*)NativeMemory.AllocZeroed((nuint)sizeof(Bzip2.BzStream));
        if (Bzip2.BZ2_bzCompressInit(_stream, 9, 0, 0) != Bzip2.BZ_OK)
        {
            NativeMemory.Free(_stream);
            _stream = null;
            throw new IOException("cannot initialise bzip2 compression");
        }
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> data)
    {
        ObjectDisposedException.ThrowIf(_stream is null, this);
        fixed (byte* input = data)
        {
            _stream->NextIn = input;
            _stream->AvailIn = (uint)data.Length;
            while (_stream->AvailIn > 0) Pump(Bzip2.BZ_RUN, Bzip2.BZ_RUN_OK);
        }
    }

    private int Pump(int action, int expected)
    {
        fixed (byte* output = _outBuffer)
        {
            _stream->NextOut = output;
            _stream->AvailOut = (uint)_outBuffer.Length;
            int rc = Bzip2.BZ2_bzCompress(_stream, action);
            if (rc != expected && rc != Bzip2.BZ_STREAM_END) throw new IOException($"bzip2 compression failed (error {rc})");
            _inner.Write(_outBuffer, 0, _outBuffer.Length - (int)_stream->AvailOut);
            return rc;
        }
    }

    public override void Flush() => _inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (_stream is not null)
        {
            try
            {
                _stream->NextIn = null;
                _stream->AvailIn = 0;
                while (Pump(Bzip2.BZ_FINISH, Bzip2.BZ_FINISH_OK) != Bzip2.BZ_STREAM_END) { }
                _inner.Flush();
            }
            finally
            {
                Bzip2.BZ2_bzCompressEnd(_stream);
                NativeMemory.Free(_stream);
                _stream = null;
                if (disposing) _inner.Dispose();
            }
        }
        base.Dispose(disposing);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
