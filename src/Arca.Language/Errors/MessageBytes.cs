namespace Arca.Language.Errors;

using System.Text;

/// <summary>
/// Messages mix two kinds of text: byte strings (Nix strings, file contents, origins; one char per byte) and literal
/// .NET text written by the evaluator («thunk», …). At the output edge this turns such a message into bytes: a run of
/// chars 0x80–0xFF that forms valid UTF-8 is taken as bytes, anything else is encoded as UTF-8.
/// </summary>
public static class MessageBytes
{
    public static byte[] Encode(string text)
    {
        var output = new List<byte>(text.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < text.Length;)
        {
            char c = text[i];
            if (c < 0x80) { output.Add((byte)c); i++; continue; }
            if (c <= 0xFF)
            {
                int len = Utf8SequenceLength(text, i);
                if (len > 0)
                {
                    for (int k = 0; k < len; k++) output.Add((byte)text[i + k]);
                    i += len;
                    continue;
                }
            }
            int charCount = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
            int n = Encoding.UTF8.GetBytes(text.AsSpan(i, charCount), utf8);
            for (int k = 0; k < n; k++) output.Add(utf8[k]);
            i += charCount;
        }
        return output.ToArray();
    }

    /// <summary>Length of a valid UTF-8 sequence of byte-chars starting at <paramref name="i"/>, or 0.</summary>
    private static int Utf8SequenceLength(string s, int i)
    {
        int b = s[i];
        int len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
        if (len == 0 || i + len > s.Length) return 0;
        for (int k = 1; k < len; k++)
        {
            int cb = s[i + k];
            if (cb < 0x80 || cb > 0xBF) return 0;
        }
        return len;
    }
}
