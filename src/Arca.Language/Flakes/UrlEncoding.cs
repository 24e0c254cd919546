namespace Arca.Language.Flakes;

using System.Text;

/// <summary>
/// Percent-encoding as Nix's URL code does it (over Boost.URL): which bytes are kept, uppercase hex digits, and the
/// validation and error wording of decoding. Strings follow the byte-string convention (one char per byte).
/// </summary>
public static class UrlEncoding
{
    /// <summary>RFC 3986 "unreserved": letters, digits and <c>-._~</c>.</summary>
    public static bool IsUnreserved(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';

    /// <summary>RFC 3986 "sub-delims".</summary>
    public static bool IsSubDelimiter(char c) =>
        c is '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=';

    /// <summary>RFC 3986 "pchar", less percent-encoded triplets (checked separately).</summary>
    public static bool IsPathChar(char c) => IsUnreserved(c) || IsSubDelimiter(c) || c is ':' or '@';

    /// <summary>Characters allowed in a query or fragment, less percent-encoded triplets.</summary>
    public static bool IsQueryChar(char c) => IsPathChar(c) || c is '/' or '?';

    /// <summary>Encodes every byte that is neither unreserved nor in <paramref name="keep"/> as <c>%XX</c>.</summary>
    public static string PercentEncode(string s, string keep = "")
    {
        StringBuilder? builder = null;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (IsUnreserved(c) || keep.Contains(c))
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(s.Length + 8).Append(s, 0, i);
            AppendEscape(builder, c);
        }
        return builder?.ToString() ?? s;
    }

    /// <summary>Encodes only the bytes in <paramref name="escaped"/> (how lenient parsing repairs old-style URLs).</summary>
    public static string PercentEncodeOnly(string s, string escaped)
    {
        var builder = new StringBuilder(s.Length);
        foreach (char c in s)
            if (escaped.Contains(c)) AppendEscape(builder, c);
            else builder.Append(c);
        return builder.ToString();
    }

    private static void AppendEscape(StringBuilder builder, char c)
    {
        const string Hex = "0123456789ABCDEF";
        builder.Append('%').Append(Hex[(c >> 4) & 0xF]).Append(Hex[c & 0xF]);
    }

    /// <summary>Whether <paramref name="s"/> has a well-formed <c>%XX</c> triplet at <paramref name="i"/>.</summary>
    public static bool IsEscapeAt(string s, int i) =>
        i + 2 < s.Length && s[i] == '%' && char.IsAsciiHexDigit(s[i + 1]) && char.IsAsciiHexDigit(s[i + 2]);

    /// <summary>Decodes <c>%XX</c> triplets; any other byte stays. A malformed triplet is Nix's "invalid URI parameter".</summary>
    public static string PercentDecode(string s)
    {
        if (!s.Contains('%')) return s;
        var error = ValidateEscapes(s);
        if (error is not null) throw new BadUrlException($"invalid URI parameter '{s}': {error}");
        return DecodeValidated(s);
    }

    /// <summary>Boost.URL's check of percent-encoding: the name of the error, or null when well formed.</summary>
    private static string? ValidateEscapes(string s)
    {
        int i = 0;
        while (i < s.Length - 2)
        {
            if (s[i] != '%') { i++; continue; }
            if (!char.IsAsciiHexDigit(s[i + 1]) || !char.IsAsciiHexDigit(s[i + 2])) return "bad hexdig in pct-encoding";
            i += 3;
        }
        int rest = s.Length - i;
        if ((rest >= 1 && s[i] == '%') || (rest >= 2 && s[i + 1] == '%')) return "incomplete pct-encoding";
        return null;
    }

    private static string DecodeValidated(string s)
    {
        var builder = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (IsEscapeAt(s, i))
            {
                builder.Append((char)Convert.ToByte(s.Substring(i + 1, 2), 16));
                i += 2;
            }
            else builder.Append(s[i]);
        }
        return builder.ToString();
    }

    /// <summary>Path segments joined with <c>/</c>, each encoded keeping <c>:</c> and <c>@</c> (Nix's encodeUrlPath).</summary>
    public static string EncodeUrlPath(IReadOnlyList<string> segments)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < segments.Count; i++)
        {
            if (i > 0) builder.Append('/');
            builder.Append(PercentEncode(segments[i], ":@"));
        }
        return builder.ToString();
    }

    /// <summary><c>name=value</c> pairs in name order joined with <c>&amp;</c>, keeping <c>:@/?</c> (Nix's encodeQuery).</summary>
    public static string EncodeQuery(SortedDictionary<string, string> query)
    {
        var builder = new StringBuilder();
        foreach (var (name, value) in query)
        {
            if (builder.Length > 0) builder.Append('&');
            builder.Append(PercentEncode(name, ":@/?")).Append('=').Append(PercentEncode(value, ":@/?"));
        }
        return builder.ToString();
    }

    /// <summary>A new, empty query map ordered as Nix's (by bytes).</summary>
    public static SortedDictionary<string, string> NewQuery() => new(StringComparer.Ordinal);

    /// <summary>
    /// Nix's decodeQuery: <c>&amp;</c>-separated <c>name=value</c> pairs, percent-decoded; the first of a repeated name
    /// wins; a pair without <c>=</c> is ignored with a warning. Lenient mode first escapes spaces and double quotes.
    /// </summary>
    public static SortedDictionary<string, string> DecodeQuery(string query, bool lenient, Action<string> warn)
    {
        var encoded = lenient ? PercentEncodeOnly(query, " \"") : query;
        var result = NewQuery();
        if (encoded.Length == 0) return result;
        if (!IsValidQuery(encoded)) throw new BadUrlException($"invalid URI query '{query}': leftover");
        foreach (var param in encoded.Split('&'))
        {
            int eq = param.IndexOf('=');
            if (eq < 0)
            {
                warn($"dubious URI query '{param}' is missing equal sign '=', ignoring");
                continue;
            }
            result.TryAdd(DecodeValidated(param[..eq]), DecodeValidated(param[(eq + 1)..]));
        }
        return result;
    }

    /// <summary>Whether every byte is a query character or part of a well-formed escape.</summary>
    public static bool IsValidQuery(string s) => FirstInvalid(s, 0, s.Length, IsQueryChar) < 0;

    /// <summary>Whether <c>s[start..end]</c> consists of bytes accepted by <paramref name="allowed"/> and well-formed escapes.</summary>
    public static bool IsValidComponent(string s, int start, int end, Func<char, bool> allowed) =>
        FirstInvalid(s, start, end, allowed) < 0;

    /// <summary>
    /// The index of the first byte in <c>s[start..end]</c> that is neither accepted by <paramref name="allowed"/> nor
    /// the start of a well-formed escape; -1 when there is none.
    /// </summary>
    public static int FirstInvalid(string s, int start, int end, Func<char, bool> allowed)
    {
        for (int i = start; i < end; i++)
        {
            char c = s[i];
            if (c == '%')
            {
                if (i + 2 >= end || !char.IsAsciiHexDigit(s[i + 1]) || !char.IsAsciiHexDigit(s[i + 2])) return i;
                i += 2;
            }
            else if (!allowed(c)) return i;
        }
        return -1;
    }

    /// <summary>
    /// Boost.URL's name for a grammar failure at <paramref name="index"/>: a malformed escape fails the rule
    /// ("mismatch"), any other stray byte ends it early ("leftover").
    /// </summary>
    public static string GrammarError(string s, int index) => s[index] == '%' ? "mismatch" : "leftover";
}
