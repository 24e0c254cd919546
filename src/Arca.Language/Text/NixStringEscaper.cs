using System.Globalization;
using System.Text;

namespace Arca.Language.Text;

/// <summary>
/// How Nix's value printer writes strings and attribute names (print.cc): strings in double quotes with
/// <c>"</c>, <c>\</c>, newline, carriage return, tab and <c>${</c> escaped (all other bytes verbatim); names
/// bare when they look like identifiers and are not keywords, quoted otherwise.
/// </summary>
public static class NixStringEscaper
{
    /// <summary>The quoted form of a string (byte-string convention in and out).</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        AppendQuoted(builder, value);
        return builder.ToString();
    }

    /// <summary>
    /// Appends the quoted form; after <paramref name="maxLength"/> bytes the rest is elided as the printer does:
    /// <c>"abc" «7 bytes elided»</c>.
    /// </summary>
    public static void AppendQuoted(StringBuilder output, string value, int maxLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(value);
        output.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            if (i >= maxLength)
            {
                output.Append("\" ");
                AppendElided(output, value.Length - i, "byte", "bytes");
                return;
            }
            char c = value[i];
            switch (c)
            {
                case '"' or '\\':
                    output.Append('\\').Append(c);
                    break;
                case '\n':
                    output.Append("\\n");
                    break;
                case '\r':
                    output.Append("\\r");
                    break;
                case '\t':
                    output.Append("\\t");
                    break;
                case '$' when i + 1 < value.Length && value[i + 1] == '{':
                    output.Append("\\$");
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
        output.Append('"');
    }

    /// <summary>The printer's elision marker, e.g. "«1 byte elided»" or "«3 attributes elided»".</summary>
    public static void AppendElided(StringBuilder output, long count, string singular, string plural)
    {
        // « and » as UTF-8 bytes.
        output.Append("\u00C2\u00AB")
            .Append(count.ToString(CultureInfo.InvariantCulture)).Append(' ')
            .Append(count == 1 ? singular : plural)
            .Append(" elided").Append("\u00C2\u00BB");
    }

    /// <summary>
    /// An attribute name as the printer writes it: bare if it starts with a letter or '_' and continues with
    /// letters, digits, '_', '\'' or '-', and is not a keyword; "" for the empty name; quoted otherwise.
    /// </summary>
    public static string FormatAttributeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
            return "\"\"";
        if (IsReservedKeyword(name))
            return "\"" + name + "\"";
        char first = name[0];
        if (!(char.IsAsciiLetter(first) || first == '_'))
            return Quote(name);
        foreach (char c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '\'' or '-'))
                return Quote(name);
        return name;
    }

    /// <summary>Names that must be quoted because the lexer reads them as keywords ("or" is not one of them).</summary>
    public static bool IsReservedKeyword(string name) =>
        name is "if" or "then" or "else" or "assert" or "with" or "let" or "in" or "rec" or "inherit";
}
