namespace Arca.Core.Hashing;

/// <summary>
/// Nix's base-32 encoding: the alphabet omits e, o, u and t, and the bytes are read from the last
/// character backwards (least significant 5-bit group last in the string), so it is not RFC 4648.
/// </summary>
public static class NixBase32
{
    public const string Alphabet = "0123456789abcdfghijklmnpqrsvwxyz";

    private static readonly sbyte[] Reverse = BuildReverse();

    private static sbyte[] BuildReverse()
    {
        var map = new sbyte[128];
        Array.Fill(map, (sbyte)-1);
        for (int i = 0; i < Alphabet.Length; i++) map[Alphabet[i]] = (sbyte)i;
        return map;
    }

    public static int EncodedLength(int byteCount) => byteCount == 0 ? 0 : (byteCount * 8 - 1) / 5 + 1;

    public static bool IsDigit(char c) => c < 128 && Reverse[c] >= 0;

    public static bool IsDigit(byte c) => c < 128 && Reverse[c] >= 0;

    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        int length = EncodedLength(bytes.Length);
        if (length == 0) return "";
        return string.Create(length, bytes.ToArray(), static (chars, data) => EncodeInto(data, chars));
    }

    /// <summary>Writes exactly <see cref="EncodedLength"/> characters into <paramref name="destination"/>.</summary>
    public static void EncodeInto(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        int length = EncodedLength(bytes.Length);
        for (int n = length - 1; n >= 0; n--)
        {
            int b = n * 5;
            int i = b / 8;
            int j = b % 8;
            int c = bytes[i] >> j;
            if (i < bytes.Length - 1) c |= bytes[i + 1] << (8 - j);
            destination[length - 1 - n] = Alphabet[c & 0x1f];
        }
    }

    /// <summary>Decodes, failing with Nix's message on a character outside the alphabet.</summary>
    public static byte[] Decode(ReadOnlySpan<char> text)
    {
        if (!TryDecode(text, out var bytes, out var bad))
            throw new FormatException($"invalid character in Nix32 (Nix's Base32 variation) string: '{bad}'");
        return bytes;
    }

    public static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes, out char badCharacter)
    {
        // Nix decodes into as many bytes as the digits reach; bits past the last byte must be zero,
        // otherwise the result would silently drop information.
        var result = new byte[text.Length * 5 / 8];
        badCharacter = '\0';
        for (int n = 0; n < text.Length; n++)
        {
            char c = text[text.Length - n - 1];
            int digit = c < 128 ? Reverse[c] : -1;
            if (digit < 0)
            {
                bytes = [];
                badCharacter = c;
                return false;
            }
            int b = n * 5;
            int i = b / 8;
            int j = b % 8;
            if (i < result.Length) result[i] |= (byte)(digit << j);
            else if ((digit << j & 0xff) != 0) { bytes = []; return false; }
            int carry = digit >> (8 - j);
            if (carry != 0)
            {
                if (i + 1 >= result.Length) { bytes = []; return false; }
                result[i + 1] |= (byte)carry;
            }
        }
        bytes = result;
        return true;
    }
}
