using System.Collections.Immutable;

namespace Arca.Language.Text;

/// <summary>
/// Character classification as libstdc++'s std::regex_traits&lt;char&gt; sees it in the "C" locale (Nix never
/// installs a C++ global locale): only ASCII bytes belong to any class.
/// </summary>
internal static class ByteClasses
{
    public static bool[] AnyButNul()
    {
        var bytes = new bool[256];
        for (int b = 1; b < 256; b++)
            bytes[b] = true;
        return bytes;
    }

    public static int ToLowerAscii(int b) => b is >= 'A' and <= 'Z' ? b + 32 : b;

    /// <summary>Adds the bytes of a [:name:] class; false for a name libstdc++ does not know.</summary>
    public static bool TryAddNamedClass(string name, bool[] bytes)
    {
        Func<int, bool>? member = name.ToLowerInvariant() switch
        {
            "alnum" => b => IsAlpha(b) || IsDigit(b),
            "alpha" => IsAlpha,
            "blank" => b => b is ' ' or '\t',
            "cntrl" => b => b < 0x20 || b == 0x7F,
            "digit" or "d" => IsDigit,
            "graph" => b => b is > 0x20 and < 0x7F,
            "lower" => b => b is >= 'a' and <= 'z',
            "print" => b => b is >= 0x20 and < 0x7F,
            "punct" => b => b is > 0x20 and < 0x7F && !IsAlpha(b) && !IsDigit(b),
            "space" or "s" => b => b is ' ' or (>= '\t' and <= '\r'),
            "upper" => b => b is >= 'A' and <= 'Z',
            "xdigit" => b => IsDigit(b) || b is >= 'a' and <= 'f' || b is >= 'A' and <= 'F',
            "w" => b => IsAlpha(b) || IsDigit(b) || b == '_',
            _ => null,
        };
        if (member is null)
            return false;
        for (int b = 0; b < 128; b++)
            if (member(b))
                bytes[b] = true;
        return true;
    }

    private static bool IsAlpha(int b) => b is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsDigit(int b) => b is >= '0' and <= '9';

    /// <summary>
    /// The byte named by a collating symbol "[.name.]": libstdc++ knows only the POSIX portable character set
    /// names (so "[.a.]" and "[.hyphen.]" work but "[.-.]" does not). Returns -1 for an unknown name.
    /// </summary>
    public static int CollatingElement(string name)
    {
        int index = CollatingNames.IndexOf(name);
        return index;
    }

    private static readonly ImmutableArray<string> CollatingNames =
    [
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "alert", "backspace", "tab", "newline",
        "vertical-tab", "form-feed", "carriage-return", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4",
        "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "IS4", "IS3", "IS2", "IS1", "space",
        "exclamation-mark", "quotation-mark", "number-sign", "dollar-sign", "percent-sign", "ampersand",
        "apostrophe", "left-parenthesis", "right-parenthesis", "asterisk", "plus-sign", "comma", "hyphen",
        "period", "slash", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "colon", "semicolon", "less-than-sign", "equals-sign", "greater-than-sign", "question-mark",
        "commercial-at", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P",
        "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "left-square-bracket", "backslash",
        "right-square-bracket", "circumflex", "underscore", "grave-accent", "a", "b", "c", "d", "e", "f",
        "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
        "left-curly-bracket", "vertical-line", "right-curly-bracket", "tilde", "DEL",
    ];
}
