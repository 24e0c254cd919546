namespace Arca.Store.Paths;

using System.Buffers;
using System.Text;
using Arca.Core.Hashing;

/// <summary>
/// The UTF-8 text <c>TYPE:HASH:STOREDIR:NAME</c> whose SHA-256 names a store path, written piece by piece into a
/// caller's stack buffer (a pooled array when it outgrows it). Every derivation computes several store paths, so
/// the fingerprint is never built as a string and then encoded again.
/// </summary>
internal ref struct StorePathFingerprint
{
    private Span<byte> buffer;
    private byte[]? rented;
    private int length;

    public StorePathFingerprint(Span<byte> initial)
    {
        buffer = initial;
        rented = null;
        length = 0;
    }

    public void Append(char asciiSeparator)
    {
        EnsureRoom(1);
        buffer[length++] = (byte)asciiSeparator;
    }

    public void Append(ReadOnlySpan<byte> utf8)
    {
        EnsureRoom(utf8.Length);
        utf8.CopyTo(buffer[length..]);
        length += utf8.Length;
    }

    /// <summary>Appends text as UTF-8, as Nix sees the (byte) strings it concatenates.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        EnsureRoom(Encoding.UTF8.GetMaxByteCount(text.Length));
        length += Encoding.UTF8.GetBytes(text, buffer[length..]);
    }

    /// <summary>Nix's <c>Hash::to_string(Base16, true)</c>: <c>algo:hex</c>.</summary>
    public void AppendBase16(Hash hash) => AppendBase16(hash.Algorithm, hash.Bytes);

    /// <summary><c>algo:hex</c> of a digest held in a span.</summary>
    public void AppendBase16(HashAlgorithm algorithm, ReadOnlySpan<byte> digest)
    {
        Append(algorithm.Name());
        Append(':');
        EnsureRoom(digest.Length * 2);
        Convert.TryToHexStringLower(digest, buffer[length..], out int written);
        length += written;
    }

    /// <summary>An absolute store path, <c>STOREDIR/BASENAME</c>, with the store directory already in UTF-8.</summary>
    public void AppendStorePath(ReadOnlySpan<byte> storeDirUtf8, StorePath path)
    {
        Append(storeDirUtf8);
        Append('/');
        Append(path.BaseName);
    }

    /// <summary>Hashes the fingerprint, folds the digest to 20 bytes and names the path; returns the pooled buffer.</summary>
    public StorePath Finish(string name) => Finish(name, "");

    /// <summary><see cref="Finish(string)"/> for a path named <paramref name="name"/> then <paramref name="suffix"/>.</summary>
    public StorePath Finish(string name, string suffix)
    {
        Span<byte> digest = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(buffer[..length], digest);
        Dispose();
        Span<byte> folded = stackalloc byte[StorePath.HashBytes];
        folded.Clear();
        for (int i = 0; i < digest.Length; i++) folded[i % StorePath.HashBytes] ^= digest[i];
        return StorePath.FromDigest(folded, name, suffix);
    }

    /// <summary>SHA-256 of the bytes written so far (for the inner hash of fixed outputs); returns the pooled buffer.</summary>
    public Hash FinishSha256()
    {
        var hash = Hash.Compute(HashAlgorithm.Sha256, buffer[..length]);
        Dispose();
        return hash;
    }

    public void Dispose()
    {
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        rented = null;
        buffer = default;
        length = 0;
    }

    private void EnsureRoom(int extra)
    {
        if (buffer.Length - length >= extra) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, length + extra));
        buffer[..length].CopyTo(larger);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        rented = larger;
        buffer = larger;
    }
}
