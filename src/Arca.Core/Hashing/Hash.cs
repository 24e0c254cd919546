namespace Arca.Core.Hashing;

using System.Buffers.Text;
using System.Security.Cryptography;

/// <summary>
/// A digest together with the algorithm that produced it. Usually the digest has the algorithm's size;
/// <see cref="Compress"/> makes shorter ones (Nix's <c>compressHash</c>, used for store path hashes).
/// </summary>
public readonly struct Hash : IEquatable<Hash>
{
    private readonly byte[]? _bytes;

    private Hash(HashAlgorithm algorithm, byte[] bytes)
    {
        Algorithm = algorithm;
        _bytes = bytes;
    }

    public HashAlgorithm Algorithm { get; }

    public ReadOnlySpan<byte> Bytes => _bytes;

    public int Length => _bytes?.Length ?? 0;

    /// <summary>Wraps a digest of the algorithm's regular size.</summary>
    public static Hash FromBytes(HashAlgorithm algorithm, ReadOnlySpan<byte> digest)
    {
        if (digest.Length != algorithm.Size())
            throw new ArgumentException($"a {algorithm.Name()} digest has {algorithm.Size()} bytes, not {digest.Length}", nameof(digest));
        return new Hash(algorithm, digest.ToArray());
    }

    public static Hash Compute(HashAlgorithm algorithm, ReadOnlySpan<byte> data)
    {
        var digest = new byte[algorithm.Size()];
        ComputeInto(algorithm, data, digest);
        return new Hash(algorithm, digest);
    }

    /// <summary>Writes the digest of <paramref name="data"/> into <paramref name="digest"/> (the algorithm's size), allocating nothing.</summary>
    public static void ComputeInto(HashAlgorithm algorithm, ReadOnlySpan<byte> data, Span<byte> digest)
    {
        switch (algorithm)
        {
            case HashAlgorithm.Md5: MD5.HashData(data, digest); break;
            case HashAlgorithm.Sha1: SHA1.HashData(data, digest); break;
            case HashAlgorithm.Sha256: SHA256.HashData(data, digest); break;
            case HashAlgorithm.Sha512: SHA512.HashData(data, digest); break;
            default: throw new ArgumentOutOfRangeException(nameof(algorithm));
        }
    }

    /// <summary>Hashes the UTF-8 bytes of a string (as Nix's <c>hashString</c> does with its byte strings).</summary>
    public static Hash Compute(HashAlgorithm algorithm, string text) =>
        Compute(algorithm, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Hashes the rest of a stream with large reads.</summary>
    public static Hash Compute(HashAlgorithm algorithm, Stream stream)
    {
        using var hasher = new Hasher(algorithm);
        hasher.AppendStream(stream);
        return hasher.Finish();
    }

    internal static Hash FromDigestUnchecked(HashAlgorithm algorithm, byte[] digest) => new(algorithm, digest);

    /// <summary>
    /// Nix's <c>compressHash</c>: folds the digest into <paramref name="newSize"/> bytes by XOR-ing byte i into
    /// position i mod newSize. Store path hashes are a SHA-256 folded to 20 bytes.
    /// </summary>
    public Hash Compress(int newSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(newSize);
        var folded = new byte[newSize];
        var bytes = Bytes;
        for (int i = 0; i < bytes.Length; i++) folded[i % newSize] ^= bytes[i];
        return new Hash(Algorithm, folded);
    }

    public string ToBase16() => Convert.ToHexStringLower(Bytes);

    public string ToNixBase32() => NixBase32.Encode(Bytes);

    public string ToBase64() => Convert.ToBase64String(Bytes);

    public string ToSri() => Algorithm.Name() + "-" + ToBase64();

    /// <summary>Nix's <c>to_string(format, includeAlgo)</c>; SRI always carries the algorithm.</summary>
    public string ToString(HashFormat format, bool includeAlgorithm) => format switch
    {
        HashFormat.Sri => ToSri(),
        HashFormat.Base16 => (includeAlgorithm ? Algorithm.Name() + ":" : "") + ToBase16(),
        HashFormat.NixBase32 => (includeAlgorithm ? Algorithm.Name() + ":" : "") + ToNixBase32(),
        HashFormat.Base64 => (includeAlgorithm ? Algorithm.Name() + ":" : "") + ToBase64(),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The form Nix uses by default in text: <c>sha256:nix32…</c>.</summary>
    public override string ToString() => ToString(HashFormat.NixBase32, includeAlgorithm: true);

    /// <summary>
    /// Parses any form Nix accepts (its <c>parseAny</c>): <c>algo:hash</c> and SRI <c>algo-base64</c>, or a bare
    /// base16, nix-base32 or base64 digest told apart by length when <paramref name="algorithm"/> is known.
    /// When both the text and the caller name an algorithm they must agree.
    /// </summary>
    public static Hash Parse(string text, HashAlgorithm? algorithm) => ParseReturningFormat(text, algorithm).Hash;

    public static (Hash Hash, HashFormat Format) ParseReturningFormat(string text, HashAlgorithm? algorithm)
    {
        ReadOnlySpan<char> rest = text;
        bool isSri = false;
        HashAlgorithm? parsed = null;
        int colon = rest.IndexOf(':');
        int prefixEnd = colon;
        if (colon < 0)
        {
            prefixEnd = rest.IndexOf('-');
            isSri = prefixEnd >= 0;
        }
        if (prefixEnd >= 0)
        {
            var name = rest[..prefixEnd].ToString();
            parsed = HashAlgorithmNames.Parse(name);
            rest = rest[(prefixEnd + 1)..];
        }

        if (parsed is null && algorithm is null)
            throw new BadHashException($"hash '{text}' does not include a type, nor is the type otherwise known from context");
        if (parsed is { } p && algorithm is { } a && p != a)
            throw new BadHashException($"hash '{text}' should have type '{a.Name()}'");
        var algo = parsed ?? algorithm!.Value;

        HashFormat format = isSri ? HashFormat.Sri : FormatFromLength(rest, algo);
        return (ParseUnprefixed(rest, algo, format), format);
    }

    /// <summary>Parses an SRI hash (<c>sha256-…</c>) only.</summary>
    public static Hash ParseSri(string text)
    {
        int dash = text.IndexOf('-');
        if (dash < 0) throw new BadHashException($"hash '{text}' is not SRI");
        var algo = HashAlgorithmNames.Parse(text[..dash]);
        return ParseUnprefixed(text.AsSpan(dash + 1), algo, HashFormat.Sri);
    }

    /// <summary>Parses a digest without prefix in a known format (Nix's <c>parseExplicitFormatUnprefixed</c>).</summary>
    public static Hash ParseUnprefixed(ReadOnlySpan<char> rest, HashAlgorithm algorithm, HashFormat format)
    {
        int expected = algorithm.Size();
        byte[] decoded;
        string formatName;
        switch (format)
        {
            case HashFormat.Base16:
                formatName = "base16";
                decoded = DecodeBase16(rest);
                break;
            case HashFormat.NixBase32:
                formatName = "nix32";
                if (!NixBase32.TryDecode(rest, out decoded, out char bad))
                {
                    if (bad != '\0') throw new BadHashException($"invalid character in Nix32 (Nix's Base32 variation) string: '{bad}'");
                    // Non-zero bits beyond the digest: Nix decodes them into an extra byte and then rejects the length.
                    throw new BadHashException($"invalid nix32 hash '{rest}', length {rest.Length * 5 / 8 + 1} != expected length {expected}");
                }
                break;
            case HashFormat.Base64:
            case HashFormat.Sri:
                formatName = format == HashFormat.Sri ? "SRI" : "Base64";
                decoded = DecodeBase64(rest);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
        if (decoded.Length != expected)
            throw new BadHashException($"invalid {formatName} hash '{rest}', length {decoded.Length} != expected length {expected}");
        return new Hash(algorithm, decoded);
    }

    private static HashFormat FormatFromLength(ReadOnlySpan<char> rest, HashAlgorithm algorithm)
    {
        int size = algorithm.Size();
        if (rest.Length == size * 2) return HashFormat.Base16;
        if (rest.Length == NixBase32.EncodedLength(size)) return HashFormat.NixBase32;
        if (rest.Length == (size + 2) / 3 * 4) return HashFormat.Base64;
        throw new BadHashException($"hash '{rest}' has wrong length for hash algorithm '{algorithm.Name()}'");
    }

    private static byte[] DecodeBase16(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (!char.IsAsciiHexDigit(c)) throw new BadHashException($"invalid character in Base16 string: '{c}'");
        if (text.Length % 2 != 0) throw new BadHashException($"invalid base16 hash '{text}': odd length");
        return Convert.FromHexString(text);
    }

    private static byte[] DecodeBase64(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '+' || c == '/' || c == '='))
                throw new BadHashException($"invalid character in Base64 string: '{c}'");
        var buffer = new byte[text.Length / 4 * 3 + 3];
        if (!Convert.TryFromBase64Chars(text, buffer, out int written))
            throw new BadHashException($"invalid Base64 string '{text}'");
        return buffer.AsSpan(0, written).ToArray();
    }

    public bool Equals(Hash other) => Algorithm == other.Algorithm && Bytes.SequenceEqual(other.Bytes);

    public override bool Equals(object? obj) => obj is Hash other && Equals(other);

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Algorithm);
        h.AddBytes(Bytes);
        return h.ToHashCode();
    }

    public static bool operator ==(Hash left, Hash right) => left.Equals(right);

    public static bool operator !=(Hash left, Hash right) => !left.Equals(right);
}
