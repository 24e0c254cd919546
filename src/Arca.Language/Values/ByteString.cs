namespace Arca.Language.Values;

using System.Text;

/// <summary>Conversions at the edges of the byte-string convention described on <see cref="NixString"/>.</summary>
public static class ByteString
{
    /// <summary>.NET text (file names, environment, messages) → byte string (its UTF-8 bytes, one char each).</summary>
    public static string FromText(string text) => Text.ByteStrings.FromUtf8(text);

    /// <summary>Byte string → .NET text (invalid UTF-8 becomes U+FFFD), for file system calls and .NET APIs.</summary>
    /// <remarks>Not Text.ByteStrings.ToUtf8, which refuses a char above 0xFF: here such a char, which no byte string holds,
    /// becomes '?' rather than an exception at the edge.</remarks>
    public static string ToText(string bytes)
    {
        foreach (char c in bytes)
            if (c >= 0x80) return Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(bytes));
        return bytes;
    }

    public static string FromBytes(ReadOnlySpan<byte> bytes) => Text.ByteStrings.FromBytes(bytes);

    public static byte[] ToBytes(string bytes) => Encoding.Latin1.GetBytes(bytes);

    /// <summary>Writes a byte string to a stream byte for byte.</summary>
    public static void Write(Stream stream, string bytes)
    {
        if (bytes.Length <= 4096)
        {
            Span<byte> buffer = stackalloc byte[bytes.Length];
            CopyTo(bytes, buffer);
            stream.Write(buffer);
        }
        else stream.Write(ToBytes(bytes));
    }

    /// <summary>
    /// The bytes of a byte string into <paramref name="destination"/> (at least as long). A plain loop, not
    /// Encoding.Latin1: its vectorised code is not in the precompiled image, and compiling it at run time would cost
    /// every short command (`--eval -E '1+1'`) more than the loop ever does on the short strings that come here.
    /// </summary>
    public static void CopyTo(string bytes, Span<byte> destination)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            char c = bytes[i];
            destination[i] = c <= 0xFF ? (byte)c : (byte)'?';
        }
    }
}
