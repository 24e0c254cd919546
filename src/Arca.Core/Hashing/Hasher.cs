namespace Arca.Core.Hashing;

using System.Buffers;
using System.Security.Cryptography;

/// <summary>
/// Incremental hashing (Nix's <c>HashSink</c>): feed bytes in pieces, then <see cref="Finish"/>. Counts the bytes
/// fed, which NAR hashing needs for the NAR size.
/// </summary>
public sealed class Hasher : IDisposable
{
    /// <summary>Large reads amortise the per-call cost of the OpenSSL digest and of the syscalls.</summary>
    public const int BufferSize = 1 << 20;

    private readonly IncrementalHash _hash;

    public Hasher(HashAlgorithm algorithm)
    {
        Algorithm = algorithm;
        _hash = IncrementalHash.CreateHash(algorithm.ToDotNet());
    }

    public HashAlgorithm Algorithm { get; }

    public long BytesHashed { get; private set; }

    public void Append(ReadOnlySpan<byte> data)
    {
        _hash.AppendData(data);
        BytesHashed += data.Length;
    }

    public void AppendStream(Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int n;
            while ((n = stream.Read(buffer, 0, BufferSize)) > 0) Append(buffer.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Returns the digest of everything fed so far and resets for reuse.</summary>
    public Hash Finish()
    {
        var digest = new byte[Algorithm.Size()];
        _hash.GetHashAndReset(digest);
        BytesHashed = 0;
        return Hash.FromDigestUnchecked(Algorithm, digest);
    }

    public void Dispose() => _hash.Dispose();
}
