using System.Text;

namespace Arca.Language.Text;

/// <summary>
/// Conversions for Arca's byte-string convention: every Nix string is a .NET string whose chars are
/// the bytes (0x00–0xFF) of its UTF-8 encoding. Length is then the byte length and ordinal comparison
/// is byte order, as in Nix.
/// </summary>
public static class ByteStrings
{
    /// <summary>Encodes ordinary .NET text as UTF-8 and maps each byte to one char.</summary>
    public static string FromUtf8(string dotnet)
    {
        ArgumentNullException.ThrowIfNull(dotnet);
        if (IsAscii(dotnet))
            return dotnet;
        return FromBytes(Encoding.UTF8.GetBytes(dotnet));
    }

    /// <summary>Decodes a byte string as UTF-8 (invalid sequences become U+FFFD) into ordinary .NET text.</summary>
    public static string ToUtf8(string bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (IsAscii(bytes))
            return bytes;
        return Encoding.UTF8.GetString(ToBytes(bytes));
    }

    /// <summary>Maps each byte to the char with the same code.</summary>
    public static string FromBytes(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    /// <summary>Maps each char (which must be at most 0xFF) back to its byte.</summary>
    public static byte[] ToBytes(string bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var result = new byte[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            char c = bytes[i];
            if (c > 0xFF)
                throw new ArgumentException($"char U+{(int)c:X4} at index {i} is not a byte; the string does not follow the byte-string convention", nameof(bytes));
            result[i] = (byte)c;
        }
        return result;
    }

    /// <summary>True when every char is below 0x80, so the byte string and the text coincide.</summary>
    public static bool IsAscii(string s) => Ascii.IsValid(s);
}
