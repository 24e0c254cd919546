namespace Arca.Store.Derivations;

using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using Arca.Store.Paths;

/// <summary>
/// A growable byte buffer for writing ATerm text from byte strings (one char per byte). Every
/// <c>derivationStrict</c> writes its derivation three times (masked for its output paths, as it is for the .drv,
/// and with inputs replaced for its hash modulo), so the owner of a buffer reuses it (<see cref="Clear"/>) rather
/// than growing a fresh one each time.
/// </summary>
public sealed class ATermBuffer
{
    /// <summary>Room for a typical derivation's ATerm (2–4 KiB) without growing.</summary>
    public const int DefaultCapacity = 8192;

    private byte[] bytes;
    private int length;

    public ATermBuffer(int capacity = DefaultCapacity) => bytes = new byte[Math.Max(capacity, 16)];

    public int Length => length;

    public ReadOnlySpan<byte> Span => bytes.AsSpan(0, length);

    public byte[] ToArray() => bytes.AsSpan(0, length).ToArray();

    /// <summary>Empties the buffer, keeping its capacity for the next derivation.</summary>
    public void Clear() => length = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        if (length == bytes.Length) Grow(1);
        bytes[length++] = (byte)c;
    }

    /// <summary>Appends a byte string as is (ASCII literals, store paths, unquoted names).</summary>
    public void Append(string s)
    {
        EnsureRoom(s.Length);
        AppendBytes(s, s);
    }

    /// <summary>A quoted string without escaping, as Nix's <c>printUnquotedString</c> (for paths, hashes, names).</summary>
    public void AppendUnescapedQuoted(string s)
    {
        Append('"');
        Append(s);
        Append('"');
    }

    /// <summary>A quoted absolute store path, <c>"STOREDIR/BASENAME"</c>, written without printing it to a string first.</summary>
    public void AppendQuotedStorePath(StoreDirectory store, StorePath path)
    {
        Append('"');
        Append(store.Path);
        Append('/');
        Append(path.BaseName);
        Append('"');
    }

    /// <summary>A quoted lowercase base16 digest (a fixed output's hash column).</summary>
    public void AppendQuotedBase16(ReadOnlySpan<byte> digest)
    {
        EnsureRoom(digest.Length * 2 + 2);
        bytes[length++] = (byte)'"';
        Convert.TryToHexStringLower(digest, bytes.AsSpan(length), out int written);
        length += written;
        bytes[length++] = (byte)'"';
    }

    /// <summary>A quoted string with Nix's escapes for <c>"</c>, <c>\</c>, newline, carriage return and tab; other bytes pass through.</summary>
    public void AppendEscapedQuoted(string s)
    {
        // Worst case every byte doubles.
        EnsureRoom(s.Length * 2 + 2);
        bytes[length++] = (byte)'"';
        ReadOnlySpan<char> rest = s;
        int special;
        // Environment values are long and rarely need escapes: copy the runs between escapes in bulk.
        while ((special = rest.IndexOfAny(Escaped)) >= 0)
        {
            AppendBytes(rest[..special], s);
            bytes[length++] = (byte)'\\';
            bytes[length++] = rest[special] switch
            {
                '\n' => (byte)'n',
                '\r' => (byte)'r',
                '\t' => (byte)'t',
                var c => (byte)c,
            };
            rest = rest[(special + 1)..];
        }
        AppendBytes(rest, s);
        bytes[length++] = (byte)'"';
    }

    private static readonly SearchValues<char> Escaped = SearchValues.Create("\"\\\n\r\t");

    /// <summary>Copies chars as bytes (room already ensured), refusing any char that is not a byte.</summary>
    private void AppendBytes(ReadOnlySpan<char> chars, string whole)
    {
        if (!IsByteString(chars)) ThrowNotByteString(whole);
        length += Encoding.Latin1.GetBytes(chars, bytes.AsSpan(length));
    }

    /// <summary>
    /// No char above U+00FF. ASCII, the usual case, is checked vectorised (MemoryExtensions' range searches box their
    /// bounds here, as measured: four allocations per call).
    /// </summary>
    private static bool IsByteString(ReadOnlySpan<char> chars)
    {
        if (Ascii.IsValid(chars)) return true;
        foreach (char c in chars)
            if (c > 0xFF) return false;
        return true;
    }

    private void EnsureRoom(int extra)
    {
        if (bytes.Length - length < extra) Grow(extra);
    }

    private void Grow(int extra)
    {
        int size = Math.Max(bytes.Length * 2, length + extra);
        Array.Resize(ref bytes, size);
    }

    private static void ThrowNotByteString(string s) =>
        throw new ArgumentException($"derivation string is not a byte string (has a char above U+00FF): '{s}'");
}
