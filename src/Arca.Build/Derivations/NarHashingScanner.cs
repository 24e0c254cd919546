namespace Arca.Build.Derivations;

using Arca.Core.Hashing;
using Arca.Store.Nar;
using Arca.Store.Paths;
using Arca.Store.References;

/// <summary>
/// One pass over an output: its NAR is produced once and fed to the SHA-256 NAR hasher, an optional second
/// hasher (a fixed output's algorithm), and the reference scanner (Nix scans the NAR serialisation, so file
/// names and symlink targets count too).
/// </summary>
internal static class NarHashingScanner
{
    public sealed record Result(Hash NarHash, long NarSize, IReadOnlySet<StorePath> References, Hash? OtherHash);

    public static Result Run(string path, IEnumerable<StorePath>? candidates, HashAlgorithm? otherAlgorithm = null)
    {
        using var narHasher = new Hasher(HashAlgorithm.Sha256);
        using var other = otherAlgorithm is { } a ? new Hasher(a) : null;
        var scanner = candidates is null ? null : new ReferenceScanner(candidates);
        var sink = new FanOut(narHasher, other, scanner);
        var writer = new NarWriter(sink);
        writer.WritePath(path);
        return new Result(narHasher.Finish(), writer.BytesWritten, scanner?.Found ?? new HashSet<StorePath>(), other?.Finish());
    }

    private sealed class FanOut(Hasher nar, Hasher? other, ReferenceScanner? scanner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            nar.Append(buffer);
            other?.Append(buffer);
            scanner?.Feed(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
